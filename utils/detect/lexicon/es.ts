// Spanish. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const es = `tel[eé]fono|m[oó]vil|celular
c[oó]digo (de (verificaci[oó]n|seguridad|acceso|confirmaci[oó]n)|sms)|clave (din[aá]mica|de un solo uso)
((re)?enviar|recibir|obtener|solicitar) (el |un )?c[oó]digo|enviar sms|env[ií]ame un (sms|c[oó]digo)
llamada de voz
iniciar? sesi[oó]n|acceder|ingresar|entrar\\b|identif[ií]cate|continuar con (tu |el )?(tel[eé]fono|celular|m[oó]vil|google|apple|facebook|correo)
reg[ií]strate|registro|crear (una )?cuenta|[uú]nete|darse de alta
olvid([eé]|aste)|restablecer|recuperar (la |tu )?(contrase[nñ]a|cuenta)|cambiar contrase[nñ]a
verificaci[oó]n en dos pasos|dos factores|doble factor|autenticaci[oó]n de dos|segundo factor
configuraci[oó]n de (la )?cuenta|mi cuenta|seguridad|perfil|datos personales|ajustes
env[ií]o|pago|facturaci[oó]n|carrito|pedido|entrega|finalizar compra|compra\\b|reserva
cont[aá]ctanos|consulta|bolet[ií]n|suscr[ií]b|cita\\b|presupuesto|ofertas|promociones|cupones
c[oó]digo postal|n[uú]mero de (cuenta|socio|cliente)|extensi[oó]n|fax\\b|dni\\b|nif\\b
cerrar sesi[oó]n|salir\\b
(termin|acab|finaliz)ad[oa] en|que termina en
correo
tarjeta|cuenta bancaria|d[eé]bito|cr[eé]dito
n[uú]mero
a[nñ]adir|agregar|cambiar|editar|actualizar|verificar`;
