// Hungarian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const hu = `
ellenőrző kód
kód küldése

bejelentkez
regisztr|fiók létrehozása
elfelejtett jelszó

beállítások|biztonság|fiókom
kosár|szállítás|fizetés|rendelés|számlázás|pénztár
kapcsolat|érdeklődés|hírlevél|ajánlatkérés|időpont

kijelentkez


kártyaszám
szám
hozzáad|módosít|szerkeszt`;
