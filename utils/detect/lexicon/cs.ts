// Czech: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const cs = `telefonní
ověřovací kód|kód z sms
(odeslat|poslat) kód

přihlásit|přihlášení
registrace|zaregistr|vytvořit účet
zapomenuté heslo

nastavení|zabezpečení|můj účet
košík|doprav|platb|objednáv|fakturač|doručení|pokladn
dotaz|poptáv
psč\b
odhlásit


číslo karty
číslo
přidat|změnit|upravit`;
