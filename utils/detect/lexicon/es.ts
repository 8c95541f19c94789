import type { Lexicon } from './types';

export const es: Lexicon = {
  phone: 'tel[eé]fono|m[oó]vil|celular|n[uú]mero de (?:tel[eé]fono|m[oó]vil|celular)',
  code: 'c[oó]digo de (?:verificaci[oó]n|seguridad|acceso|confirmaci[oó]n)|c[oó]digo sms|clave (?:din[aá]mica|de un solo uso)',
  sendCode: '(?:enviar|recibir|obtener|solicitar|reenviar) (?:el |un )?c[oó]digo|enviar sms|env[ií]ame un (?:sms|c[oó]digo)',
  sms: 'mensaje de texto|llamada de voz',
  login: 'iniciar sesi[oó]n|inicia sesi[oó]n|acceder|ingresar|entrar\\b|identif[ií]cate',
  signup: 'reg[ií]strate|registrarse|registro|crear (?:una )?cuenta|[uú]nete|darse de alta',
  recovery: 'olvid[eé]|olvidaste|restablecer|recuperar (?:la |tu )?(?:contrase[nñ]a|cuenta)|cambiar contrase[nñ]a',
  mfa: 'verificaci[oó]n en dos pasos|dos factores|doble factor|autenticaci[oó]n de dos|segundo factor',
  settings: 'configuraci[oó]n de (?:la )?cuenta|mi cuenta|seguridad|perfil|datos personales|ajustes',
  commerce: 'env[ií]o|pago|facturaci[oó]n|carrito|pedido|entrega|finalizar compra|compra\\b|reserva',
  contact: 'contacto|cont[aá]ctanos|consulta|bolet[ií]n|suscr[ií]b|cita\\b|presupuesto',
  notPhone: 'c[oó]digo postal|n[uú]mero de (?:cuenta|tarjeta|socio|cliente)|extensi[oó]n|fax\\b|dni\\b|nif\\b',
  signOut: 'cerrar sesi[oó]n|salir\\b',
  ending: 'terminad[oa] en|que termina en|acabad[oa] en|finalizad[oa] en',
  identifier: 'correo|usuario|nombre de usuario',
  card: 'tarjeta|cuenta bancaria|d[eé]bito|cr[eé]dito',
  number: 'n[uú]mero',
};
