// Spanish: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const es: Lexicon = [
  'tel[eé]fono|m[oó]vil|celular', // phone
  'c[oó]digo (de (verificaci[oó]n|seguridad|acceso|confirmaci[oó]n)|sms)|clave (din[aá]mica|de un solo uso)', // code
  '((re)?enviar|recibir|obtener|solicitar) (el |un )?c[oó]digo|enviar sms|env[ií]ame un (sms|c[oó]digo)', // sendCode
  'llamada de voz', // sms
  'iniciar? sesi[oó]n|acceder|ingresar|entrar\\b|identif[ií]cate', // login
  'reg[ií]strate|registro|crear (una )?cuenta|[uú]nete|darse de alta', // signup
  'olvid([eé]|aste)|restablecer|recuperar (la |tu )?(contrase[nñ]a|cuenta)|cambiar contrase[nñ]a', // recovery
  'verificaci[oó]n en dos pasos|dos factores|doble factor|autenticaci[oó]n de dos|segundo factor', // mfa
  'configuraci[oó]n de (la )?cuenta|mi cuenta|seguridad|perfil|datos personales|ajustes', // settings
  'env[ií]o|pago|facturaci[oó]n|carrito|pedido|entrega|finalizar compra|compra\\b|reserva', // commerce
  'cont[aá]ctanos|consulta|bolet[ií]n|suscr[ií]b|cita\\b|presupuesto', // contact
  'c[oó]digo postal|n[uú]mero de (cuenta|tarjeta|socio|cliente)|extensi[oó]n|fax\\b|dni\\b|nif\\b', // notPhone
  'cerrar sesi[oó]n|salir\\b', // signOut
  '(termin|acab|finaliz)ad[oa] en|que termina en', // ending
  'correo', // identifier
  'tarjeta|cuenta bancaria|d[eé]bito|cr[eé]dito', // card
  'n[uú]mero', // number
];
