// Norwegian: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const no = `
engangskode|bekreftelseskode


logg inn
opprett (en )?konto|registrer
glemt passord

innstillinger|sikkerhet
handlekurv
henvendelse|forespørsel

logg ut

brukernavn
utløpsdato

legg til|endre`;
