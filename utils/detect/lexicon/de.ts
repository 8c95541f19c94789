// German: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const de: Lexicon = [
  'telefon|handy|mobil|rufnummer', // phone
  '(best[aä]tigungs|verifizierungs|sicherheits|pr[uü]f|einmal-?|sms-?)code|einmalpasswort', // code
  '(code|sms) (erneut |zu)?senden|code anfordern', // sendCode
  'textnachricht|anruf', // sms
  'anmeld(en|ung)|einloggen', // login
  'registrier|(kunden)?konto (erstellen|anlegen)|neues konto|mitglied werden', // signup
  'vergessen|zur[uü]cksetzen|wiederherstell|passwort [aä]ndern', // recovery
  '(zwei|2)-?faktor|zweistufig|zwei[- ]?schritt', // mfa
  '(konto)?einstellungen|mein konto|sicherheit|pers[oö]nliche daten', // settings
  'kasse|versand|liefer(ung|adresse)|rechnungsadresse|zahlung|warenkorb|bestellung|buchung', // commerce
  'kontakt|anfrage|abonnieren|angebot|termin', // contact
  'plz\\b|postleitzahl|(konto|karten|kunden|mitglieds)nummer|durchwahl', // notPhone
  'abmelden|ausloggen', // signOut
  'end(end|et) auf|endet mit|mit der endung', // ending
  '(be)?nutzername|kennung', // identifier
  'karte|bankkonto', // card
  'nummer|nr\\b', // number
];
