// Serbian and Croatian, Latin and Cyrillic: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const sr = `мобилн|mobiteln
(verifikacioni|potvrdni) kod|верификациони код
pošalji kod|пошаљи код

prijav|пријав
registr|регистр|napravi nalog
zaboravljena lozinka|заборављена лозинка

podešavanja|подешавања|postavke|moj nalog|мој налог
korpa|korpu|корп|košaric|dostav|достав|plaćanj|плаћањ|porudžbin|поруџбин|narudžb|наруџб|isporuk|испорук
upit|упит

odjav|одјав

korisničko ime|корисничко име
broj kartice|број картице
broj|број
dodaj|izmeni|promeni|додај|измени|промени`;
