import type { Lexicon } from './types';

export const pt: Lexicon = {
  phone: 'telefone|telem[oó]vel|n[uú]mero de (?:telefone|celular|telem[oó]vel)',
  code: 'c[oó]digo de (?:verifica[cç][aã]o|seguran[cç]a|acesso|confirma[cç][aã]o)|token\\b',
  sendCode: '(?:enviar|receber|obter|solicitar|reenviar) (?:o |um )?c[oó]digo|envie (?:um )?sms',
  sms: 'mensagem de texto|liga[cç][aã]o|chamada de voz',
  login: 'iniciar sess[aã]o|fazer login|acessar|aceder',
  signup: 'cadastr|criar (?:uma )?conta|registar|registrar|inscrever|registo',
  recovery: 'esqueci|esqueceu|redefinir|recuperar (?:a |sua )?(?:senha|conta)|alterar senha',
  mfa: 'verifica[cç][aã]o em (?:duas|dois) etapas|dois fatores|duas etapas|autentica[cç][aã]o de dois|segundo fator',
  settings: 'configura[cç][oõ]es da conta|minha conta|seguran[cç]a|dados pessoais|defini[cç][oõ]es',
  commerce: 'pagamento|carrinho|faturamento|envio|frete',
  contact: 'contato|fale conosco|assin|or[cç]amento|agendamento',
  notPhone: 'cep\\b|n[uú]mero (?:da conta|do cart[aã]o)|cpf\\b|ramal',
  signOut: 'sair\\b|terminar sess[aã]o|encerrar sess[aã]o',
  ending: 'terminad[oa] em|que termina em|final\\b',
  identifier: 'usu[aá]rio|nome de usu[aá]rio|utilizador',
  card: 'cart[aã]o|conta banc[aá]ria',
  number: 'n[uú]mero',
};
