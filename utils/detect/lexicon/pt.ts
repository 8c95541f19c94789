import type { Lexicon } from './types';

export const pt: Lexicon = {
  lang: 'pt',
  phone: ['telefone', 'celular', 'telem[oó]vel', 'n[uú]mero de (?:telefone|celular|telem[oó]vel)'],
  code: ['c[oó]digo de (?:verifica[cç][aã]o|seguran[cç]a|acesso|confirma[cç][aã]o)', 'c[oó]digo sms', 'token\\b'],
  sendCode: ['(?:enviar|receber|obter|solicitar|reenviar) (?:o |um )?c[oó]digo', 'enviar sms', 'envie (?:um )?sms'],
  sms: ['sms\\b', 'mensagem de texto', 'liga[cç][aã]o', 'chamada de voz'],
  login: ['entrar\\b', 'iniciar sess[aã]o', 'fazer login', 'acessar', 'aceder'],
  signup: ['cadastr', 'criar (?:uma )?conta', 'registar', 'registrar', 'inscrever', 'registo'],
  recovery: ['esqueci', 'esqueceu', 'redefinir', 'recuperar (?:a |sua )?(?:senha|conta)', 'alterar senha'],
  mfa: ['verifica[cç][aã]o em (?:duas|dois) etapas', 'dois fatores', 'duas etapas', 'autentica[cç][aã]o de dois', 'segundo fator'],
  settings: ['configura[cç][oõ]es da conta', 'minha conta', 'seguran[cç]a', 'perfil', 'dados pessoais', 'defini[cç][oõ]es'],
  commerce: ['entrega', 'pagamento', 'carrinho', 'pedido', 'finalizar compra', 'faturamento', 'envio', 'frete', 'reserva'],
  contact: ['contato', 'contacto', 'fale conosco', 'newsletter', 'assin', 'or[cç]amento', 'agendamento'],
  notPhone: ['cep\\b', 'c[oó]digo postal', 'n[uú]mero (?:da conta|do cart[aã]o)', 'cpf\\b', 'ramal', 'fax\\b'],
  signOut: ['sair\\b', 'terminar sess[aã]o', 'encerrar sess[aã]o'],
  ending: ['terminad[oa] em', 'que termina em', 'final\\b'],
  identifier: ['e-?mail', 'usu[aá]rio', 'nome de usu[aá]rio', 'utilizador'],
  card: ['cart[aã]o', 'visa', 'mastercard', 'conta banc[aá]ria', 'd[eé]bito', 'cr[eé]dito'],
};
