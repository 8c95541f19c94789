// Croatian (Serbian's Latin list already covers prijava, registracija, broj …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const hr = `mobitel
jednokratn\\S* kod|kod za (potvrdu|prijavu)
pošalji (kod|sms)|zatraži kod|ponovno pošalji
sms-om

otvori račun|izradi račun|kreiraj račun
zaboravljen\\S* lozink|resetiraj lozinku|oporavak
dvostruk\\S* autentifikacij
moj račun|moj profil|sigurnost|osobni podaci
blagajn
kontaktirajte|povratni poziv|ponud
oib\\b

završava na|zadnje (\\d|dvije|četiri) znamenke
e-?mail ili (mobitel|broj)


izmijeni|promijeni|uredi`;
