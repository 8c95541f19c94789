// Norwegian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const no = `telefon|mobilnummer|mobil\\b
engangskode|bekreftelseskode
send (meg )?(en )?kode
tekstmelding|sms-melding|taleanrop
logg inn
opprett (en )?konto|registrer
glemt passord|tilbakestill passord|glemt passordet
tostegsbekreftelse|totrinnsbekreftelse|to-?trinns|tofaktor
(konto)?innstillinger|sikkerhet|personlige opplysninger|min profil
handlekurv
henvendelse|forespørsel
fødselsnummer|kundenummer|kontonummer
logg ut
som slutter på|siste (\\d|to|fire) sifre
brukernavn
utløpsdato

legg til|endre`;
