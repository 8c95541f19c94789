// Romanian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const ro = `
cod de verificare|cod sms
trimite (codul|cod)

autentificare|conectare
înregistr|creează (un )?cont|creare cont
ai uitat parola

setări|securitate|contul meu
coș|livrare|plată|comand|facturare|finalizare
solicitare|abonare|programare|ofertă
cod poștal|cnp\b
deconectare


număr card|data expirării
număr
adaugă|modifică|schimbă`;
