// German: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const de: Lexicon = [
  'telefon|handy|mobil(nummer|telefon|funk)?|rufnummer', // phone
  'best[aä]tigungscode|verifizierungscode|sicherheitscode|einmalpasswort|einmal-?code|sms-?code|pr[uü]fcode', // code
  'code (senden|anfordern|erneut senden|zusenden)|sms senden|per sms (senden|zusenden)', // sendCode
  'textnachricht|anruf', // sms
  'anmelden|anmeldung|einloggen', // login
  'registrier|konto erstellen|konto anlegen|kundenkonto anlegen|neues konto|mitglied werden', // signup
  'vergessen|zur[uü]cksetzen|wiederherstell|passwort [aä]ndern', // recovery
  'zwei-?faktor|2-?faktor|zweistufig|zwei-?schritt|bestätigung in zwei schritten', // mfa
  'kontoeinstellungen|mein konto|sicherheit|pers[oö]nliche daten|einstellungen', // settings
  'kasse|versand|lieferung|lieferadresse|rechnungsadresse|zahlung|warenkorb|bestellung|buchung', // commerce
  'kontakt|anfrage|abonnieren|angebot|termin', // contact
  'plz\\b|postleitzahl|kontonummer|kartennummer|kundennummer|mitgliedsnummer|durchwahl', // notPhone
  'abmelden|ausloggen', // signOut
  'endend auf|endet (auf|mit)|mit der endung', // ending
  'benutzername|nutzername|kennung', // identifier
  'karte|bankkonto', // card
  'nummer|nr\\b', // number
];
