// Shared vocabulary of Rebind: detection kinds, statuses, evidence strength.
// Every module speaks these; keep them in one place.

/** What a page can tell us about how a site uses a phone number (DESIGN.md). */
export const KINDS = [
  'login-otp',
  'recovery-phone',
  'login-phone',
  'mfa-sms',
  'account-phone',
  'bound-number',
  'contact-phone',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds that tie a phone number to an account (contact-phone does not). */
export const ACCOUNT_KINDS: readonly Kind[] = [
  'login-otp',
  'recovery-phone',
  'login-phone',
  'mfa-sms',
  'account-phone',
  'bound-number',
];

/** The person's decision about a site. */
export const STATUSES = ['todo', 'changed', 'unbound', 'deleted', 'not-mine', 'ignore'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses that still need the person's action. */
export const OPEN_STATUSES: readonly Status[] = ['todo'];

/**
 * How sure we are the account is the person's, weakest first. The numeric order is
 * the merge order: a row keeps the strongest it has seen.
 */
export const STRENGTHS = [
  'visited',
  'manual',
  'imported',
  'submitted',
  'signed-in',
  'bound-number',
] as const;
export type Strength = (typeof STRENGTHS)[number];
export const strengthRank = (s: Strength): number => STRENGTHS.indexOf(s);

/** Where a piece of evidence came from. */
export const EVIDENCE_SOURCES = [
  'page',
  'submit',
  'history',
  'password-manager',
  'manual',
  'backup',
  /** SMS history import: codes received at the number (count, first and last date in detail). */
  'sms',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** What the detector reports for one page (utils/detect). */
export interface PageFinding {
  kinds: Kind[];
  /** 0..1 */
  confidence: number;
  /** Signal ids that decided it, for the evidence view. */
  signals: string[];
  /** Visible digits of masked numbers seen, e.g. "138****5678" -> "138*5678". */
  masked: string[];
  /** The page looks signed-in (an account/settings page). */
  signedIn?: boolean;
}
