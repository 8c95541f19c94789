// Each language's words (en.ts, ru.ts …) are one template string, one line per concept in
// the order of CONCEPTS: regular-expression alternatives joined by '|', matched against
// lower-cased, normalised text (camelCase and _- split into words). Groups are written
// "(…)": compile() makes them non-capturing. One string, not a record or an array: the
// content script ships these to every page, and keys or quotes repeated 170 times cost
// more than many of the words.
// A word that an entry of any language already matches is not repeated (電話 is in zh-Hant,
// "telefon" in de covers "telefone"): all languages compile into one expression per concept.

export const CONCEPTS = [
  /** the thing is a phone number */
  'phone',
  /** a one-time / verification code */
  'code',
  /** an action that sends a code by SMS or call */
  'sendCode',
  /** SMS, text message, voice call */
  'sms',
  'login',
  'signup',
  'recovery',
  /** second factor, two-step verification */
  'mfa',
  /** account settings, security, profile pages */
  'settings',
  /** checkout, shipping, billing, payment, orders */
  'commerce',
  /** contact forms, enquiries, newsletters, bookings */
  'contact',
  /** a tel-like field that holds something else (account number, postcode); card words are in `card`, read with it */
  'notPhone',
  /** sign-out links: the person is signed in */
  'signOut',
  /** the words before the visible tail of a masked number: "ending in", "尾号" */
  'ending',
  /** email, username: words naming another identifier */
  'identifier',
  /** payment card words: a masked number near them is a card, not a phone */
  'card',
  /** some number: a tel field naming a number but no phone holds an ID, not a phone */
  'number',
  /** actions on a settings row: add, change, edit, verify ("Phone number: Add") */
  'edit',
] as const;
export type Concept = (typeof CONCEPTS)[number];

export type Lexicon = readonly [
  phone: string,
  code: string,
  sendCode: string,
  sms: string,
  login: string,
  signup: string,
  recovery: string,
  mfa: string,
  settings: string,
  commerce: string,
  contact: string,
  notPhone: string,
  signOut: string,
  ending: string,
  identifier: string,
  card: string,
  number: string,
  edit: string,
];
