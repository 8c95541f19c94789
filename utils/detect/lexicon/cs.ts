// Czech: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const cs = `telefonní|telefon|mobilní|číslo mobilu
ověřovací kód|kód z sms
(odeslat|poslat) kód
sms zprávou|textovou zprávou|hlasov(ý|ým) hovor
přihlás|přihlášení
registrace|zaregistr|vytvořit účet
zapomenuté heslo|obnovit heslo|obnova hesla|zapomněli jste heslo
dvoufázov|dvoufaktorov|dvoustupňov
nastavení|zabezpečení|můj účet|osobní údaje|můj profil
košík|doprav|platb|objednáv|fakturač|doručení|pokladn
dotaz|poptáv|webinář
psč\\b
odhlásit
končící (na|číslicemi)|poslední (\\d|dvě|čtyři) číslice
uživatelské jméno|e-?mail nebo telefon
číslo karty
číslo
přidat|změnit|upravit`;
