// Galician (Spanish's, Portuguese's and Catalan's lists already cover teléfono, código, iniciar sesión, configuración …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const gl = `móbil
introduc\\S* o c[oó]digo|c[oó]digo dun só uso
recibir (o |un )?c[oó]digo|env[ií]a\\S* de novo
chamada telef
inicia(r)? a sesi[oó]n|accede\\b
rex[ií]str|crea(r)? (unha )?conta
esquecín|cambiar (o )?contrasinal
dous (pasos|factores)|dúas etapas|dobre (factor|autentica|verifica)
a miña conta|datos persoais|axustes
carriño|cesta
subscr[ií]b|orzamento|solicitude|chamámo|chámano
n[uú]mero de (conta|contrato)|data de nacemento|cantidade|buscar\\b
pechar (a )?sesi[oó]n|saír\\b|desconectar
remata(do|da)? en|últimos (\\d|catro|dous) d[ií][xg]itos
enderezo electr
tarxeta|caducidade|vencemento

engad`;
