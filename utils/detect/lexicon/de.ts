import type { Lexicon } from './types';

export const de: Lexicon = {
  phone: 'telefon|handy|mobil(?:nummer|telefon|funk)?|rufnummer',
  code: 'best[aä]tigungscode|verifizierungscode|sicherheitscode|einmalpasswort|einmal-?code|sms-?code|pr[uü]fcode',
  sendCode: 'code (?:senden|anfordern|erneut senden|zusenden)|sms senden|per sms (?:senden|zusenden)',
  sms: 'textnachricht|anruf',
  login: 'anmelden|anmeldung|einloggen|log in',
  signup: 'registrier|konto erstellen|konto anlegen|kundenkonto anlegen|neues konto|mitglied werden',
  recovery: 'vergessen|zur[uü]cksetzen|wiederherstell|passwort [aä]ndern',
  mfa: 'zwei-?faktor|2-?faktor|zweistufig|zwei-?schritt|bestätigung in zwei schritten',
  settings: 'kontoeinstellungen|mein konto|sicherheit|pers[oö]nliche daten|einstellungen',
  commerce: 'kasse|versand|lieferung|lieferadresse|rechnungsadresse|zahlung|warenkorb|bestellung|buchung',
  contact: 'kontakt|anfrage|abonnieren|angebot|termin',
  notPhone: 'plz\\b|postleitzahl|kontonummer|kartennummer|kundennummer|mitgliedsnummer|durchwahl',
  signOut: 'abmelden|ausloggen|logout',
  ending: 'endend auf|endet (?:auf|mit)|mit der endung',
  identifier: 'benutzername|nutzername|kennung',
  card: 'karte|bankkonto',
  number: 'nummer|nr\\b',
};
