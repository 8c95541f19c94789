// A field for an email address or user name alone, beside the form's other fields. One field
// for "Email or mobile number" is a sign-in identifier only when nothing asks the email apart:
// a contact form asks both, and form builders name a phone field "email" ("form_fields[email]"
// labelled "Phone Number"), which reads as email-or-phone.
import type { Control } from '../collect';
import { isPhoneIdentifier, shown } from '../fields';
import { says } from '../lexicon';
import { EMAIL } from './ids';
import type { FormSignal } from './types';

function emailAlone(c: Control): boolean {
  if (c.tag !== 'input' || isPhoneIdentifier(c)) return false;
  if (c.type === 'email' || /\b(?:email|username)\b/.test(c.autocomplete)) return true;
  return (c.type === 'text' || c.type === '') && says('identifier', c.text) && !says('phone', c.text);
}

export const emailField: FormSignal = { id: EMAIL, form: (g) => shown(g.controls, emailAlone) };
