// Hungarian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const hu = `telefonszám|mobilszám|mobiltelefon
ellenőrző kód
kód küldése
sms-ben|szöveges üzenet|hanghívás
bejelentkez
regisztr|fiók létrehozása
elfelejtett jelszó|jelszó visszaállítás|elfelejtet
kétlépcsős|kétfaktoros|kétlépéses
beállítások|biztonság|fiókom|személyes adatok|profilom
kosár|szállítás|fizetés|rendelés|számlázás|pénztár
kapcsolat|érdeklődés|hírlevél|ajánlatkérés|időpont
irányítószám|adószám|ügyfélszám
kijelentkez
végződő|utolsó (\\d|két|négy) számjegy
felhasználónév
kártyaszám
szám
hozzáad|módosít|szerkeszt`;
