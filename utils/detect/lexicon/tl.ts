// Tagalog / Filipino (English's and Indonesian's lists already cover cellphone, telepono, code, card …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const tl = `selpon|numero ng cp
code na (ipinadala|natanggap)|kodigo
ipadala (muli|ulit|ang code)|muling ipadala|humingi ng (bagong )?code
i-text|sa pamamagitan ng (text|tawag)|tawag sa telepono
pumasok
(mag|magpa)?rehistro|(gumawa|lumikha) ng (bagong )?account
nakalimutan|i-reset
dalawang(-| )(hakbang|factor)
mga setting|aking account|personal na impormasyon
(mag|pagba)?bayad|paghahatid|ihatid|bumili|bilhin|mag-order
ugnay|kontakin|magtanong|katanungan|tawagan (kami|ako)
numero ng (account|customer|kontrata|order)|hanapin|maghanap|tin\\b|sss\\b|philhealth
lumabas
nagtatapos sa|huling (\\d|apat|dalawang) (numero|digit)
pangalan ng (user|gumagamit)


(i|mag)dagdag|baguhin|palitan|beripikahin|kumpirmahin`;
