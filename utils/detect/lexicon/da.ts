// Danish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const da = `
(bekræftelses|engangs|sms-)kode
send (en )?kode

log ind
opret (en )?konto|tilmeld
glemt adgangskode

indstillinger|sikkerhed|min konto
kurv|levering|betaling|bestilling|faktura|forsendelse|kassen
forespørgsel|nyhedsbrev|henvendelse
postnummer
log ud

brugernavn
kortnummer|udløbsdato

tilføj|ændr|rediger`;
