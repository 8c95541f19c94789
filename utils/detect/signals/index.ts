// Every signal, in one table. Adding a signal is one module and one line here; a unit
// test checks each id is unique and documented in docs/DETECTOR.md.
import { addressFields } from './address-fields';
import { cardFields } from './card-fields';
import { codeField } from './code-field';
import { emailField } from './email-field';
import { identifierSwitch } from './identifier-switch';
import { masked2fa } from './masked-2fa';
import { maskedNumber } from './masked-number';
import { maskedTail } from './masked-tail';
import { newPassword } from './new-password';
import { passwordField } from './password-field';
import { phoneField } from './phone-field';
import { contactPhoneLabel } from './contact-phone-label';
import { orderTotal } from './order-total';
import { phoneLoginNote } from './phone-login-note';
import { phoneLoginOption } from './phone-login-option';
import { phoneRow } from './phone-row';
import { phoneSignupOption } from './phone-signup-option';
import { phoneTab } from './phone-tab';
import { smsOption } from './sms-option';
import { smsRecovery } from './sms-recovery';
import { phoneOrEmailField } from './phone-or-email-field';
import { formRoles, pageRoles } from './roles';
import { sendCodeButton } from './send-code-button';
import { signedIn } from './signed-in';
import { smsWords } from './sms-words';
import type { FormSignal, PageSignal, Signal } from './types';

export type { FormSignal, GroupView, PageSignal, PageView, Signal } from './types';
export { ROLES, type Role } from './roles';

export const SIGNALS: readonly Signal[] = [
  phoneField,
  phoneOrEmailField,
  emailField,
  identifierSwitch,
  codeField,
  sendCodeButton,
  passwordField,
  newPassword,
  addressFields,
  cardFields,
  smsWords,
  ...formRoles,
  ...pageRoles,
  maskedNumber,
  masked2fa,
  maskedTail,
  signedIn,
  phoneLoginOption,
  phoneSignupOption,
  phoneTab,
  phoneRow,
  smsOption,
  smsRecovery,
  contactPhoneLabel,
  phoneLoginNote,
  orderTotal,
];

export const FORM_SIGNALS = SIGNALS.filter((s): s is FormSignal => 'form' in s);
export const PAGE_SIGNALS = SIGNALS.filter((s): s is PageSignal => 'page' in s);
