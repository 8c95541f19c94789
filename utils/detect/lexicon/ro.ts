// Romanian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const ro = `telefon|mobil\\b
cod de verificare|cod sms
trimite (codul|cod)
prin sms|mesaj text|apel vocal
autentificare|conectare
înregistr|creează (un )?cont|creare cont
ai uitat parola|resetare (a )?parol|recuperare (a )?parol|resetează parola
(autentificare|verificare) în (doi|2) pași|(doi|2) factori
setări|securitate|contul meu|date personale|datele contului|profilul meu
coș|livrare|plată|comand|facturare|finalizare
solicitare|abonare|programare|ofertă
cod poștal|cnp\\b
deconectare
care se termină (în|cu)|ultimele (\\d|două|patru) cifre
nume de utilizator
număr card|data expirării
număr
adaugă|modifică|schimbă`;
