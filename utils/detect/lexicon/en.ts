import type { Lexicon } from './types';

export const en: Lexicon = {
  phone: 'phone|mobile|cell ?(?:phone|number|no)\\b|cellular|tel\\b|telephone|msisdn|sms number',
  code: 'verification code|verify code|one[- ]?time (?:code|password|passcode|pin)|otp\\b|passcode|security code sent|confirmation code|sms code|auth(?:entication)? code|\\d[- ]digit code|enter (?:the )?code|login code|access code',
  sendCode: '(?:send|get|request|text) (?:me )?(?:a |the |my )?(?:verification |security |one[- ]time |login |sms )?(?:code|otp|sms)|resend (?:the )?(?:code|sms)|text me|send (?:a )?text|call me|send sms|sign in with (?:a )?code|email me a code instead',
  sms: 'sms\\b|text message|texted|text(?:ed)? (?:you|to)|voice call|phone call|by text\\b',
  login: 'sign ?in|log ?in|log ?on|signin|login|welcome back|authenticate',
  signup: 'sign ?up|register|registration|create (?:an |your |new |a )?(?:free )?(?:\\w+ )?(?:account|id)\\b|join\\b|new account|get started|open an account|enrol|enroll',
  recovery: 'forgot|reset (?:your |my )?password|password reset|recover|account recovery|trouble signing in|can\'?t (?:sign|log) in|recovery (?:phone|email|number)|restore access',
  mfa: 'two[- ]?(?:factor|step)|2[- ]?(?:fa|factor|step)\\b|multi[- ]?factor|mfa\\b|second factor|verify (?:it.?s|that it.?s) you|additional verification|login verification|authenticat(?:or|ion) (?:app|method)',
  settings: 'account settings|settings|security|my account|your account|profile|personal (?:info|details|information)|preferences|account (?:info|details|overview)|sign-in (?:and|&) security|login (?:and|&) security',
  commerce: 'checkout|check out|shipping|billing|delivery|place (?:your )?order|order summary|payment|cart\\b|basket|purchase|ship to|guest|pick ?up|reservation|booking|book now|refund',
  contact: 'contact us|contact\\b|enquir|inquir|get in touch|message us|request (?:a )?(?:quote|callback|demo)|newsletter|subscribe|feedback|support request|appointment|quote\\b|survey|application',
  notPhone: 'search|account (?:number|no)|acct|routing|zip|post(?:al)? ?code|postcode|card (?:number|no)|cvv|cvc|member(?:ship)? (?:number|id|no)|customer (?:number|id|no)|policy (?:number|no)|ssn\\b|social security|tax id|pin\\b|ext(?:ension)?\\b|fax|order (?:number|no)|tracking|amount|quantity|qty|date of birth|birth|iban|sort code|id number|passport|licen[cs]e',
  signOut: 'sign ?out|log ?out|log ?off',
  ending: 'ending (?:in|with)|ends (?:in|with)|last (?:\\d|two|four|2|4) digits',
  identifier: 'e-?mail|user ?name|user ?id|login id|account name|nickname',
  card: 'card|expir|mm ?yy|ccv|visa|mastercard|amex|american express|discover|debit|credit|iban|bank account',
  number: 'number|no\\b|num\\b',
};
