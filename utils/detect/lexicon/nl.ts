// Dutch: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const nl = `telefoon|mobiel|gsm\b
(verificatie|sms|beveiligings)code
(code|sms) (verzenden|versturen)|stuur (een |de )?code

inloggen|aanmelden
registr|account aanmaken
wachtwoord vergeten

instellingen|beveiliging|mijn account
winkelwagen|afrekenen|bezorg|verzend|betal|bestel|factuur|levering
vraag|nieuwsbrief|afspraak|offerte

uitloggen|afmelden

gebruikersnaam
kaartnummer|vervaldatum
nummer
toevoegen|wijzigen|bewerken`;
