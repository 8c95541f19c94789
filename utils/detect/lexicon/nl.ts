// Dutch: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const nl = `telefoon|mobiel|gsm\\b
(verificatie|sms|beveiligings)code
(code|sms) (verzenden|versturen)|stuur (een |de )?code
sms-bericht|tekstbericht|via sms|spraakoproep|gebeld worden|telefonische oproep
inloggen|aanmelden|(doorgaan|verder) met (telefoon|mobiel|google|apple|facebook|e-mail)
registr|account aanmaken
wachtwoord vergeten|wachtwoord (herstellen|resetten|opnieuw instellen)
tweestapsverificatie|twee-?staps|tweefactor|2-staps|verificatie in twee stappen
(account|profiel)?instellingen|beveiliging|mijn account|persoonlijke gegevens|mijn gegevens|mijn profiel
winkelwagen|afrekenen|bezorg|verzend|betal|bestel|factuur|levering
vraag|nieuwsbrief|afspraak|offerte
klantnummer|ordernummer|bestelnummer|kvk\\b|btw\\b
uitloggen|afmelden
eindigend (op|met)|eindigt (op|met)|laatste (\\d|twee|vier) cijfers
gebruikersnaam|e-?mailadres of (telefoonnummer|mobiel)
kaartnummer|vervaldatum
nummer
toevoegen|wijzigen|bewerken`;
