// Swedish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const sv = `
(verifierings|engångs|sms-)kod
skicka (en )?kod

logga in
skapa (ett )?konto|registrera
glömt lösenord

inställningar|säkerhet|mitt konto
varukorg|leverans|beställning|frakt|kassan
förfrågan|nyhetsbrev|offert
personnummer
logga ut

användarnamn
utgångsdatum

lägg till|ändra|redigera`;
