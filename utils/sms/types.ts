// One text message as the readers hand it over (never stored), and what it tells us.

export interface SmsMessage {
  /** Sender's address: phone number, short code, alphanumeric ID; empty when unknown (pasted). */
  address: string;
  body: string;
  /** ms since epoch; 0 when unknown. */
  at: number;
  /** Received by the phone (Android type 1, iPhone is_from_me 0) or sent from it. */
  received: boolean;
  /** Which SIM received it (Android sub_id), when the backup says. */
  sim?: string;
}

export const SMS_CLASSES = ['code', 'notice', 'marketing', 'delivery', 'personal'] as const;
export type SmsClass = (typeof SMS_CLASSES)[number];

/** Classes that prove an account at the number: only these become evidence. */
export const ACCOUNT_CLASSES: readonly SmsClass[] = ['code', 'notice'];

/** How the service was named, strongest first. */
export type NamedBy = 'origin' | 'signature' | 'phrase' | 'sender';

export type SmsService =
  | { site: string; by: NamedBy }
  /** A name neither the signature map nor the catalog knows: the person confirms or dismisses it. */
  | { unresolved: string; by: NamedBy };

export interface SmsReading {
  cls: SmsClass;
  /** The service that sent it, when it names one (null for personal messages). */
  service: SmsService | null;
}
