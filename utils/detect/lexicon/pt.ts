// Portuguese: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const pt: Lexicon = [
  'telem[oó]vel', // phone
  'c[oó]digo de (verifica[cç][aã]o|seguran[cç]a|acesso|confirma[cç][aã]o)|token\\b', // code
  '((re)?enviar|receber|obter|solicitar) (o |um )?c[oó]digo|envie (um )?sms', // sendCode
  'liga[cç][aã]o|chamada de voz', // sms
  'iniciar sess[aã]o|acessar|aceder', // login
  'cadastr|criar (uma )?conta|regist(ar|rar|o)|inscrever', // signup
  'esquec(i|eu)|redefinir|recuperar (a |sua )?(senha|conta)|alterar senha', // recovery
  'dois fatores|duas etapas|autentica[cç][aã]o de dois|segundo fator', // mfa
  'configura[cç][oõ]es da conta|minha conta|seguran[cç]a|dados pessoais|defini[cç][oõ]es', // settings
  'pagamento|carrinho|faturamento|frete', // commerce
  'contato|fale conosco|assin|or[cç]amento|agendamento', // contact
  'cep\\b|n[uú]mero (da conta|do cart[aã]o)|cpf\\b|ramal', // notPhone
  'sair\\b|(terminar|encerrar) sess[aã]o', // signOut
  'terminad[oa] em|que termina em|final\\b', // ending
  'usu[aá]rio|utilizador', // identifier
  'cart[aã]o|conta banc[aá]ria', // card
  'n[uú]mero', // number
];
