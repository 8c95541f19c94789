// Portuguese. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const pt = `telem[oó]vel
c[oó]digo de (verifica[cç][aã]o|seguran[cç]a|acesso|confirma[cç][aã]o)|token\\b
((re)?enviar|receber|obter|solicitar) (o |um )?c[oó]digo|envie (um )?sms
liga[cç][aã]o|chamada de voz
iniciar sess[aã]o|acessar|aceder|continuar com (o |seu )?(telefone|celular|telemóvel|google|apple|facebook|e-mail)
cadastr|criar (uma )?conta|regist(ar|rar|o)|inscrever
esquec(i|eu)|redefinir|recuperar (a |sua )?(senha|conta)|alterar senha
dois fatores|duas etapas|autentica[cç][aã]o de dois|segundo fator
configura[cç][oõ]es da conta|minha conta|seguran[cç]a|dados pessoais|defini[cç][oõ]es
pagamento|carrinho|faturamento|frete
contato|fale conosco|assin|or[cç]amento|agendamento|cupons|promoç
cep\\b|n[uú]mero da conta|cpf\\b|ramal
sair\\b|(terminar|encerrar) sess[aã]o
terminad[oa] em|que termina em|final\\b
usu[aá]rio|utilizador
cart[aã]o|conta banc[aá]ria
n[uú]mero
adicionar|alterar|mudar|editar|atualizar`;
