import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  phone: ['telefon', 'handy', 'mobil(?:nummer|telefon|funk)?', 'rufnummer', 'tel\\b'],
  code: ['best[aä]tigungscode', 'verifizierungscode', 'sicherheitscode', 'einmalpasswort', 'einmal-?code', 'sms-?code', 'pr[uü]fcode'],
  sendCode: ['code (?:senden|anfordern|erneut senden|zusenden)', 'sms senden', 'per sms (?:senden|zusenden)'],
  sms: ['sms\\b', 'textnachricht', 'anruf'],
  login: ['anmelden', 'anmeldung', 'einloggen', 'login', 'log in'],
  signup: ['registrier', 'konto erstellen', 'konto anlegen', 'kundenkonto anlegen', 'neues konto', 'mitglied werden'],
  recovery: ['vergessen', 'zur[uü]cksetzen', 'wiederherstell', 'passwort [aä]ndern'],
  mfa: ['zwei-?faktor', '2-?faktor', 'zweistufig', 'zwei-?schritt', 'bestätigung in zwei schritten'],
  settings: ['kontoeinstellungen', 'mein konto', 'sicherheit', 'profil', 'pers[oö]nliche daten', 'einstellungen'],
  commerce: ['kasse', 'versand', 'lieferung', 'lieferadresse', 'rechnungsadresse', 'zahlung', 'warenkorb', 'bestellung', 'buchung'],
  contact: ['kontakt', 'anfrage', 'newsletter', 'abonnieren', 'angebot', 'termin'],
  notPhone: ['plz\\b', 'postleitzahl', 'kontonummer', 'kartennummer', 'kundennummer', 'mitgliedsnummer', 'durchwahl', 'fax\\b'],
  signOut: ['abmelden', 'ausloggen', 'logout'],
  ending: ['endend auf', 'endet (?:auf|mit)', 'mit der endung'],
  identifier: ['e-?mail', 'benutzername', 'nutzername', 'kennung'],
  card: ['karte', 'visa', 'mastercard', 'bankkonto', 'iban'],
};
