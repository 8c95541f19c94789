// German. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const de = `telefon|handy|mobil|rufnummer
(best[aä]tigungs|verifizierungs|sicherheits|pr[uü]f|einmal-?|sms-?)code|einmalpasswort
(code|sms) (erneut |zu)?senden|code anfordern
textnachricht|anruf
anmeld(en|ung)|einloggen|weiter mit (telefon|handy|mobil|google|apple|facebook|e-mail)
registrier|(kunden)?konto (erstellen|anlegen)|neues konto|mitglied werden
vergessen|zur[uü]cksetzen|wiederherstell|passwort [aä]ndern
(zwei|2)-?faktor|zweistufig|zwei[- ]?schritt
(konto)?einstellungen|mein konto|sicherheit|pers[oö]nliche daten|meine daten|kontodaten|mein profil
kasse|versand|liefer(ung|adresse)|rechnungsadresse|zahlung|warenkorb|bestellung|buchung
kontakt|anfrage|abonnieren|angebot|termin|angebote|gutschein
plz\\b|postleitzahl|(konto|kunden|mitglieds)nummer|durchwahl
abmelden|ausloggen
end(end|et) auf|endet mit|mit der endung
(be)?nutzername|kennung
karte|bankkonto
nummer|nr\\b
hinzuf[uü]gen|[aä]ndern|bearbeiten|aktualisieren|verifizieren|best[aä]tigen`;
