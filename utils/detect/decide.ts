// From signals to kinds. The rules read like the table in docs/DETECTOR.md; the first
// step is the role of the form (what it is for), then what it asks for decides the kinds.
import type { Kind } from '../types';
import { ROLES, type Role } from './signals';
import { ADDRESS, CARD, CODE, CONTACT_PHONE, EMAIL, ID_SWITCH, MASKED, MASKED_MFA, MASKED_TAIL, NEW_PASSWORD, ORDER_TOTAL, PASSWORD, PHONE, PHONE_ID, PHONE_LOGIN, PHONE_ROW, PHONE_SIGNUP, PHONE_NOTE, PHONE_TAB, SEND, SMS, SMS_OPTION, SMS_RECOVERY } from './signals/ids';

export type Signals = ReadonlySet<string>;

/** The role of one form: its own words first, then its fields, then the page. */
export function formRole(form: Signals, page: Signals): Role | 'unknown' {
  const pw = form.has(PASSWORD);
  const recoveryPage = page.has('page-recovery');
  // "Can't sign in?" help forms ask for a card's first digits to prove who you are.
  if (recoveryPage && form.has('form-recovery') && !pw) return 'recovery';
  // The phone's own note says the number will sign you in: the form makes an account with it,
  // whatever else it is (a checkout creating the account on the way).
  if (form.has(PHONE_NOTE)) return 'signup';
  // Payment fields, or an address without a password, make a checkout whatever its links say;
  // unless the checkout's phone is checked by a code it sends (a code field and a send button):
  // creating the account on the way, the number is verified, not just noted for the courier.
  const verified = form.has(CODE) && form.has(SEND);
  if (form.has(CARD) || (form.has(ADDRESS) && !pw && !verified)) return 'commerce';
  // A checkout that offers an account (billing details, an optional password): its phone is
  // for the order unless the number signs you in or is checked by a code.
  if (!form.has(CODE) && !form.has(SEND) && !page.has(PHONE_LOGIN) && checkout(form, page)) return 'commerce';
  // A recovery page's form has no current password, whatever its button says ("Send login link").
  if (recoveryPage && !pw && !form.has('form-signup')) return 'recovery';
  // "Register for the newsletter / a free consultation", "Order now, no registration needed":
  // sign-up words with contact or shop words, and nothing an account needs (no password, no
  // code): the phone is for being reached.
  const bare = !pw && !form.has(NEW_PASSWORD) && !form.has(CODE) && !form.has(SEND);
  // The same for a page that names sign-in only in its headings ("Sign in" above, "Offers on
  // your phone" below): the form itself asks nothing of an account.
  const account = said(form, page, 'signup') || (page.has('page-login') && !form.has('form-login'));
  if (bare && account && (said(form, page, 'contact') || said(form, page, 'commerce'))) return 'contact';
  // A phone with a code to send or type, and no address or card fields, on a shop's page ("I'm
  // a customer: sign in by SMS"): a phone sign-in or check, whatever the shop words say.
  if (form.has(PHONE) && !pw && (form.has(CODE) || form.has(SEND)) && !said(form, page, 'contact') && shopOnly(form, page)) return 'unknown';
  // A password makes an account form: its settings, contact or "book now" words name the
  // sections of a sign-up ("Contact details"), not a contact form.
  // Nor does a checkout whose phone is checked by a code it sends (see above): its "contact
  // details" heading does not make it a contact form either.
  const accountForm = pw || (verified && form.has('form-commerce'));
  const forOrder = (r: Role) => accountForm && (r === 'commerce' || r === 'contact');
  for (const r of ROLES) if (form.has(`form-${r}`) && !forOrder(r)) {
    // A password being chosen beside "Login details" or "Profile" is a sign-up.
    return (r === 'settings' || r === 'login') && form.has(NEW_PASSWORD) ? 'signup' : r;
  }
  if (form.has(NEW_PASSWORD)) return 'signup';
  if (pw) return 'login';
  if (form.has(ADDRESS) && !verified) return 'commerce';
  return ROLES.find((r) => page.has(`page-${r}`) && !forOrder(r)) ?? 'unknown';
}

const said = (form: Signals, page: Signals, r: Role) => form.has(`form-${r}`) || page.has(`page-${r}`);

/** The only role words are a shop's. */
const shopOnly = (form: Signals, page: Signals) =>
  said(form, page, 'commerce') && !ROLES.some((r) => r !== 'commerce' && said(form, page, r));

function checkout(form: Signals, page: Signals): boolean {
  // "Phone for delivery questions": the field says what it is for.
  if (form.has(CONTACT_PHONE)) return true;
  // Without a password, an address is a checkout already (formRole). With one, the form's own
  // words must say checkout ("Billing details", "Place order") beside an address or an order
  // total, and not sign-up: a registrar's sign-up asks an address on a page full of prices.
  return form.has('form-commerce') && !form.has('form-signup') && (form.has(ADDRESS) || page.has(ORDER_TOTAL));
}

/** Kinds one form shows. */
export function decideForm(form: Signals, page: Signals): Kind[] {
  const phone = form.has(PHONE);
  const idPhone = form.has(PHONE_ID);
  const code = form.has(CODE);
  const send = form.has(SEND);
  const pw = form.has(PASSWORD);
  const sms = form.has(SMS);
  if (!phone && !idPhone && !code && !send) return [];
  const kinds: Kind[] = [];
  switch (formRole(form, page)) {
    case 'commerce':
    case 'contact':
      // A checkout or contact form asks for a phone to reach you, not to sign you in.
      if (phone) kinds.push('contact-phone');
      break;
    case 'recovery':
      if (phone || idPhone || send || (code && sms)) kinds.push('recovery-phone');
      break;
    case 'mfa':
      if (phone || send || (code && (sms || page.has(MASKED) || page.has(MASKED_TAIL)))) kinds.push('mfa-sms');
      break;
    case 'signup':
      if (phone && (send || code) && !pw) kinds.push('login-otp');
      else if (phone || idPhone) kinds.push('account-phone');
      break;
    case 'login':
      if ((phone || idPhone) && (send || code || (phone && (sms || page.has(PHONE_LOGIN))))) kinds.push('login-otp');
      if ((phone || idPhone) && (pw || !kinds.length)) kinds.push('login-phone');
      if (!phone && !idPhone && code && sms) kinds.push('mfa-sms');
      // "Enter the code sent to ••• 42": the code went to a phone.
      else if (!phone && !idPhone && code && page.has(MASKED_TAIL)) kinds.push(pw ? 'mfa-sms' : 'login-otp');
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
      else if (phone) kinds.push(form.has(ID_SWITCH) ? 'account-phone' : 'contact-phone');
      // One field for "Email or mobile number" names the ways to sign in: a contact form asks
      // them apart (an email field of its own).
      else if (idPhone && !pw && !form.has(EMAIL)) kinds.push('login-phone');
      // A code step showing where the code went ("sent to ••• 42"): a phone sign-in's second step.
      else if (code && !pw && page.has(MASKED_TAIL)) kinds.push('login-otp');
  }
  return kinds;
}

/**
 * A later step of the same page (a single-page app changes step without loading a page): a
 * code to type or send, with no phone field, after an earlier step asked a phone at sign-up
 * without a password. Judged as the one-form rule judges a sign-up asking a phone and a code:
 * a phone sign-in. `earlier` are the signals of the page's last finding.
 */
export function decideLaterStep(form: Signals, earlier: Signals): Kind[] {
  const codeStep = !form.has(PHONE) && !form.has(PHONE_ID) && (form.has(CODE) || form.has(SEND)) && !form.has(PASSWORD);
  const phoneSignup = earlier.has(PHONE) && (earlier.has('form-signup') || earlier.has('page-signup')) && !earlier.has(PASSWORD);
  return codeStep && phoneSignup ? ['login-otp'] : [];
}

/** Kinds the page as a whole shows, beyond its forms. */
export function decidePage(page: Signals, formKinds: ReadonlySet<Kind>, anyLoginForm: boolean): Kind[] {
  const kinds: Kind[] = [];
  if (page.has(MASKED)) {
    kinds.push('bound-number');
    if (page.has('page-mfa') || page.has(MASKED_MFA) || formKinds.has('mfa-sms')) kinds.push('mfa-sms');
  }
  const login = anyLoginForm || page.has('page-login');
  if (page.has(PHONE_LOGIN) && login) kinds.push('login-otp');
  // A phone tab beside an email one: phone sign-in on a sign-in page, a phone account on a sign-up.
  if (page.has(PHONE_TAB) && (login || page.has('page-signup'))) kinds.push(page.has('page-signup') && !page.has('page-login') ? 'account-phone' : 'login-otp');
  if (page.has(PHONE_SIGNUP) && (login || page.has('page-signup'))) kinds.push('account-phone');
  // A settings row naming a phone; a masked number shown says more (bound-number).
  if (page.has(PHONE_ROW) && !page.has(MASKED)) kinds.push('account-phone');
  if (page.has(SMS_OPTION)) kinds.push('mfa-sms');
  if (page.has(SMS_RECOVERY)) kinds.push('recovery-phone');
  return kinds;
}

const WEIGHT: Partial<Record<string, number>> = {
  [PHONE]: 0.3,
  [SEND]: 0.25,
  [CODE]: 0.2,
  [MASKED]: 0.35,
  [PHONE_ID]: 0.2,
  [SMS]: 0.1,
  [PASSWORD]: 0.05,
  [PHONE_LOGIN]: 0.2,
};

/** 0..1: more independent signals agreeing, more sure. */
export function confidence(signals: Iterable<string>): number {
  let c = 0.4;
  for (const s of signals) c += WEIGHT[s] ?? (/^(form|page)-/.test(s) ? 0.05 : 0);
  return Math.round(Math.min(0.97, c) * 100) / 100;
}
