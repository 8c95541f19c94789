// From signals to kinds. The rules read like the table in docs/DETECTOR.md; the first
// step is the role of the form (what it is for), then what it asks for decides the kinds.
import type { Kind } from '../types';
import { ROLES, type Role } from './signals';

export type Signals = ReadonlySet<string>;

/** The role of one form: its own words first, then its fields, then the page. */
export function formRole(form: Signals, page: Signals): Role | 'unknown' {
  // "Can't sign in?" help forms ask for a card's first digits to prove who you are.
  if (page.has('page-recovery') && form.has('form-recovery') && !form.has('password-field')) return 'recovery';
  // Payment fields, or an address without a password, make a checkout whatever its links say.
  if (form.has('card-fields') || (form.has('address-fields') && !form.has('password-field'))) return 'commerce';
  // A recovery page's form has no current password, whatever its button says ("Send login link").
  if (page.has('page-recovery') && !form.has('password-field') && !form.has('form-signup')) return 'recovery';
  // A password makes an account form: its settings, contact or "book now" words name the
  // sections of a sign-up ("Contact details"), not a contact form.
  const pw = form.has('password-field');
  for (const r of ROLES) if (form.has(`form-${r}`) && !(pw && (r === 'commerce' || r === 'contact'))) {
    // A password being chosen beside "Login details" or "Profile" is a sign-up.
    return (r === 'settings' || r === 'login') && form.has('new-password') ? 'signup' : r;
  }
  if (form.has('new-password')) return 'signup';
  if (pw) return 'login';
  if (form.has('address-fields')) return 'commerce';
  for (const r of ROLES) if (page.has(`page-${r}`)) return r;
  return 'unknown';
}

/** Kinds one form shows. */
export function decideForm(form: Signals, page: Signals): Kind[] {
  const phone = form.has('phone-field');
  const idPhone = form.has('phone-or-email-field');
  const code = form.has('code-field');
  const send = form.has('send-code-button');
  const pw = form.has('password-field');
  const sms = form.has('sms-words');
  if (!phone && !idPhone && !code && !send) return [];
  const role = formRole(form, page);
  // A checkout or contact form asks for a phone to reach you, not to sign you in.
  if (role === 'commerce' || role === 'contact') return phone ? ['contact-phone'] : [];
  const kinds: Kind[] = [];
  switch (role) {
    case 'recovery':
      if (phone || idPhone || send || (code && sms)) kinds.push('recovery-phone');
      break;
    case 'mfa':
      if (phone || send || (code && (sms || page.has('masked-number')))) kinds.push('mfa-sms');
      break;
    case 'signup':
      if (phone && (send || code) && !pw) kinds.push('login-otp');
      else if (phone || idPhone) kinds.push('account-phone');
      break;
    case 'login':
      if ((phone || idPhone) && (send || code || (phone && (sms || page.has('phone-login-option')))))
        kinds.push('login-otp');
      if ((phone || idPhone) && (pw || !kinds.length)) kinds.push('login-phone');
      if (!phone && !idPhone && code && sms) kinds.push('mfa-sms');
      break;
    case 'settings':
      // In an account's settings, a phone beside a password or a code is the account's.
      if (phone) kinds.push(send || code || pw ? 'account-phone' : 'contact-phone');
      else if (code && sms && page.has('page-mfa')) kinds.push('mfa-sms');
      break;
    default:
      // A phone with a code to type or send, and no password: a phone sign-in or check.
      if (phone && (send || code) && !pw) kinds.push('login-otp');
      // "Use email instead": the phone is the account's identifier.
      else if (phone && form.has('identifier-switch')) kinds.push('account-phone');
      else if (phone) kinds.push('contact-phone');
  }
  return kinds;
}

/** Kinds the page as a whole shows, beyond its forms. */
export function decidePage(page: Signals, formKinds: ReadonlySet<Kind>, anyLoginForm: boolean): Kind[] {
  const kinds: Kind[] = [];
  if (page.has('masked-number')) {
    kinds.push('bound-number');
    if (page.has('page-mfa') || formKinds.has('mfa-sms')) kinds.push('mfa-sms');
  }
  if (page.has('phone-login-option') && (anyLoginForm || page.has('page-login'))) kinds.push('login-otp');
  return kinds;
}

const WEIGHT: Partial<Record<string, number>> = {
  'phone-field': 0.3,
  'send-code-button': 0.25,
  'code-field': 0.2,
  'masked-number': 0.35,
  'phone-or-email-field': 0.2,
  'sms-words': 0.1,
  'password-field': 0.05,
  'phone-login-option': 0.2,
};

/** 0..1: more independent signals agreeing, more sure. */
export function confidence(kinds: readonly Kind[], signals: Iterable<string>): number {
  if (!kinds.length) return 0;
  let c = 0.4;
  for (const s of signals) c += WEIGHT[s] ?? (s.startsWith('form-') || s.startsWith('page-') ? 0.05 : 0);
  return Math.round(Math.min(0.97, c) * 100) / 100;
}
