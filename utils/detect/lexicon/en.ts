// English. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const en = `phone|cell(ular| ?(phone|number|no)\\b)|tel\\b|msisdn|sms number
(verification|verify|confirmation|sms|auth(entication)?|\\d[- ]digit|login|access) code|one[- ]?time (code|password|pin)|otp\\b|passcode|security code sent|enter (the )?code
((re)?send|get|request|text) (me )?(a |the |my )?(verification |security |one[- ]time |login |sms )?(code|otp|sms)|text me(?! [a-z])|send (a )?text|call me(?! [a-z])|sign in with (a )?code|email me a code instead
sms\\b|text( message|ed)|text(ed)? (you|to)|(voice|phone) call|by text\\b|text(ed)? (you )?(a|an|the|your) ([a-z-]+ )?(code|link|pin)\\b
sign ?in|log ?[io]n|welcome back|authenticate|continue with (phone|mobile|google|apple|facebook|email|e-mail)
sign ?up|regist(er|ration)|create (\\w+ ){0,3}(account|id)\\b|join\\b|new account|get started|open an account|enrol
forgot|reset (your |my )?password|password reset|reset (code|link)|recover|trouble signing in|can'?t (sign|log) in|restore access
(two|2)[- ]?(factor|step)|2[- ]?fa\\b|multi[- ]?factor|mfa\\b|second factor|verify (that )?it.?s you|additional verification|login verification|authenticat(or|ion) (app|method)
settings|security|(my|your) account|personal (info|details)|preferences|account (info|details|overview)|personal data|my (details|profile)
check ?out|ship(ping| to)|billing|delivery|place (your )?order|order summary|payment|cart\\b|basket|purchase|guest|pick ?up|book(ing| now)|refund
[ei]nquir|get in touch|message us|request (a )?(callback|demo)|newsletter|subscribe|feedback|support request|appointment|quote\\b|survey|application|deals\\b|offers\\b|coupons|promotions|alerts\\b|webinar
search|(account|policy|order) (number|no)|(member(ship)?|customer) (number|id|no)|acct|routing|zip|post(al)? ?code|cv[vc]|ssn\\b|social security|tax id|pin\\b|ext(ension)?\\b|fax|tracking|amount|quantity|qty|birth|sort code|id number|passport|licen[cs]e
sign ?out|log ?(out|off)
end(ing|s) (in|with)|last (\\d|two|four) digits
e[- ]?mail|user ?(name|id)|login id|account name|nickname
card|expir|mm ?yy|ccv|visa|mastercard|amex|american express|discover|iban|bank account
number|no\\b|num\\b
add|change|edit|update|verify|manage|remove|replace|(not |un)verified`;
