// Serbian and Croatian, Latin and Cyrillic: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const sr = `мобилн|mobiteln
(verifikacioni|potvrdni) kod|верификациони код
pošalji kod|пошаљи код
sms porukom|tekstualn\\S* poruk|glasovni poziv|смс порук|гласовни позив
prijav|пријав
registr|регистр|napravi nalog
zaboravljena lozinka|заборављена лозинка|resetuj lozinku|ресетуј лозинку|обнови лозинку
dvostepen|dvofaktor|u dva koraka|двостепен|двофактор|у два корака
podešavanja|подешавања|postavke|moj nalog|мој налог|lični podaci|лични подаци|moj profil|мој профил
korpa|korpu|корп|košaric|dostav|достав|plaćanj|плаћањ|porudžbin|поруџбин|narudžb|наруџб|isporuk|испорук
upit|упит
poštanski broj|поштански број|jmbg|јмбг|pib\\b
odjav|одјав
koji se završava|који се завршава|poslednje (\\d|dve|četiri) cifre|последње (\\d|две|четири) цифре
korisničko ime|корисничко име
broj kartice|број картице
broj|број
dodaj|izmeni|promeni|додај|измени|промени`;
