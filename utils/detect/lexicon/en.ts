// English: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const en: Lexicon = [
  'phone|cell(ular| ?(phone|number|no)\\b)|tel\\b|msisdn|sms number', // phone
  '(verification|verify|confirmation|sms|auth(entication)?|\\d[- ]digit|login|access) code|one[- ]?time (code|pass(word|code)|pin)|otp\\b|passcode|security code sent|enter (the )?code', // code
  '((re)?send|get|request|text) (me )?(a |the |my )?(verification |security |one[- ]time |login |sms )?(code|otp|sms)|text me|send (a )?text|call me|sign in with (a )?code|email me a code instead', // sendCode
  'sms\\b|text( message|ed)|text(ed)? (you|to)|(voice|phone) call|by text\\b', // sms
  'sign ?in|log ?[io]n|welcome back|authenticate', // login
  'sign ?up|regist(er|ration)|create (an |your |new |a )?(free )?(\\w+ )?(account|id)\\b|join\\b|new account|get started|open an account|enrol', // signup
  'forgot|reset (your |my )?password|password reset|recover|trouble signing in|can\'?t (sign|log) in|restore access', // recovery
  '(two|2)[- ]?(factor|step)|2[- ]?fa\\b|multi[- ]?factor|mfa\\b|second factor|verify (that )?it.?s you|additional verification|login verification|authenticat(or|ion) (app|method)', // mfa
  'settings|security|(my|your) account|personal (info|details)|preferences|account (info|details|overview)', // settings
  'check ?out|ship(ping| to)|billing|delivery|place (your )?order|order summary|payment|cart\\b|basket|purchase|guest|pick ?up|book(ing| now)|refund', // commerce
  '[ei]nquir|get in touch|message us|request (a )?(callback|demo)|newsletter|subscribe|feedback|support request|appointment|quote\\b|survey|application', // contact
  'search|(account|card|policy|order) (number|no)|(member(ship)?|customer) (number|id|no)|acct|routing|zip|post(al)? ?code|cv[vc]|ssn\\b|social security|tax id|pin\\b|ext(ension)?\\b|fax|tracking|amount|quantity|qty|birth|iban|sort code|id number|passport|licen[cs]e', // notPhone
  'sign ?out|log ?(out|off)', // signOut
  'end(ing|s) (in|with)|last (\\d|two|four) digits', // ending
  'e-?mail|user ?(name|id)|login id|account name|nickname', // identifier
  'card|expir|mm ?yy|ccv|visa|mastercard|amex|american express|discover|iban|bank account', // card
  'number|no\\b|num\\b', // number
];
