// Swedish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const sv = `telefon|mobilnummer|mobil\\b
(verifierings|engångs|sms-)kod
skicka (en )?kod
sms-meddelande|textmeddelande|röstsamtal|via sms
logga in
skapa (ett )?konto|registrera
glömt lösenord|återställ (ditt )?lösenord|glömt ditt lösenord
tvåstegsverifiering|tvåfaktor|tvåstegs|tvåfaktorsautentisering
(konto)?inställningar|säkerhet|mitt konto|personuppgifter|mina uppgifter|min profil
varukorg|leverans|beställning|frakt|kassan
förfrågan|nyhetsbrev|offert
personnummer
logga ut
som slutar (på|med)|slutar (på|med)|sista (\\d|två|fyra) siffrorna
användarnamn
utgångsdatum

lägg till|ändra|redigera`;
