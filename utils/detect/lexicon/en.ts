// English: one string per concept, in the order of CONCEPTS (types.ts).
import type { Lexicon } from './types';

export const en: Lexicon = [
  'phone|cell ?(phone|number|no)\\b|cellular|tel\\b|msisdn|sms number', // phone
  'verification code|verify code|one[- ]?time (code|password|passcode|pin)|otp\\b|passcode|security code sent|confirmation code|sms code|auth(entication)? code|\\d[- ]digit code|enter (the )?code|login code|access code', // code
  '((re)?send|get|request|text) (me )?(a |the |my )?(verification |security |one[- ]time |login |sms )?(code|otp|sms)|text me|send (a )?text|call me|sign in with (a )?code|email me a code instead', // sendCode
  'sms\\b|text message|texted|text(ed)? (you|to)|voice call|phone call|by text\\b', // sms
  'sign ?in|log ?in|log ?on|welcome back|authenticate', // login
  'sign ?up|register|registration|create (an |your |new |a )?(free )?(\\w+ )?(account|id)\\b|join\\b|new account|get started|open an account|enrol', // signup
  'forgot|reset (your |my )?password|password reset|recover|trouble signing in|can\'?t (sign|log) in|recovery (phone|email|number)|restore access', // recovery
  'two[- ]?(factor|step)|2[- ]?(fa|factor|step)\\b|multi[- ]?factor|mfa\\b|second factor|verify (it.?s|that it.?s) you|additional verification|login verification|authenticat(or|ion) (app|method)', // mfa
  'settings|security|my account|your account|personal (info|details|information)|preferences|account (info|details|overview)|sign-in (and|&) security|login (and|&) security', // settings
  'checkout|check out|shipping|billing|delivery|place (your )?order|order summary|payment|cart\\b|basket|purchase|ship to|guest|pick ?up|booking|book now|refund', // commerce
  'contact\\b|enquir|inquir|get in touch|message us|request (a )?(quote|callback|demo)|newsletter|subscribe|feedback|support request|appointment|quote\\b|survey|application', // contact
  'search|account (number|no)|acct|routing|zip|post(al)? ?code|card (number|no)|cvv|cvc|member(ship)? (number|id|no)|customer (number|id|no)|policy (number|no)|ssn\\b|social security|tax id|pin\\b|ext(ension)?\\b|fax|order (number|no)|tracking|amount|quantity|qty|birth|iban|sort code|id number|passport|licen[cs]e', // notPhone
  'sign ?out|log ?out|log ?off', // signOut
  'ending (in|with)|ends (in|with)|last (\\d|two|four|2|4) digits', // ending
  'e-?mail|user ?name|user ?id|login id|account name|nickname', // identifier
  'card|expir|mm ?yy|ccv|visa|mastercard|amex|american express|discover|iban|bank account', // card
  'number|no\\b|num\\b', // number
];
