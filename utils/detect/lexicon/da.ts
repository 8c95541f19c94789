// Danish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const da = `telefon|mobilnummer|mobil\\b
(bekræftelses|engangs|sms-)kode
send (en )?kode
sms-besked|tekstbesked|stemmeopkald|opkald
log ind
opret (en )?konto|tilmeld
glemt adgangskode|nulstil (din )?adgangskode|glemt din adgangskode
totrinsbekræftelse|to-?trins|tofaktor|2-trins
(konto)?indstillinger|sikkerhed|min konto|personlige oplysninger|min profil
kurv|levering|betaling|bestilling|faktura|forsendelse|kassen
forespørgsel|nyhedsbrev|henvendelse
postnummer
log ud
der ender (på|med)|slutter (på|med)|sidste (\\d|to|fire) cifre
brugernavn
kortnummer|udløbsdato

tilføj|ændr|rediger`;
