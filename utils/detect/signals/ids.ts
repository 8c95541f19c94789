// Signal ids: shown in the evidence view and read by decide.ts. Constants, so the content
// script carries each string once.
export const PHONE = 'phone-field';
export const PHONE_ID = 'phone-or-email-field';
export const ID_SWITCH = 'identifier-switch';
export const EMAIL = 'email-field';
export const CODE = 'code-field';
export const SEND = 'send-code-button';
export const PASSWORD = 'password-field';
export const NEW_PASSWORD = 'new-password';
export const ADDRESS = 'address-fields';
export const CARD = 'card-fields';
export const SMS = 'sms-words';
export const MASKED = 'masked-number';
export const MASKED_MFA = 'masked-2fa';
export const MASKED_TAIL = 'masked-tail';
export const SIGNED_IN = 'signed-in';
export const PHONE_LOGIN = 'phone-login-option';
export const PHONE_SIGNUP = 'phone-signup-option';
export const PHONE_TAB = 'phone-tab';
export const PHONE_ROW = 'phone-row';
export const SMS_OPTION = 'sms-option';
export const SMS_RECOVERY = 'sms-recovery';
export const CONTACT_PHONE = 'contact-phone-label';
export const PHONE_NOTE = 'phone-login-note';
export const ORDER_TOTAL = 'order-total';
