// How sure Rebind is that a site's account uses the person's number, from the evidence it has
// and what the catalog says (DESIGN.md "Whose account is it, and how sure"; docs/CHECKLIST.md).
import type { CatalogEntry } from '../catalog/types';
import type { SiteRow } from '../db/schema';
import { ACCOUNT_KINDS, strengthRank, type EvidenceSource, type Kind } from '../types';

/** Surest first. `not-phone` is never a checklist item: it stays in the inventory as "Other sites". */
export const CERTAINTIES = ['confirmed', 'likely', 'possible', 'not-phone'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Lower is surer: the sort key of certainty. */
export const certaintyRank = (c: Certainty): number => CERTAINTIES.indexOf(c);

/** The surer of two. */
export const surer = (a: Certainty, b: Certainty): Certainty => (certaintyRank(a) <= certaintyRank(b) ? a : b);

/** Kinds that make a phone the way into an account: sign-in, recovery, or required at sign-up. */
const WAY_IN: readonly Kind[] = ['login-otp', 'login-phone', 'recovery-phone', 'account-phone'];

/** What a site row knows, reduced to what certainty depends on. */
export type EvidenceSummary = Pick<SiteRow, 'strength' | 'kinds' | 'numberIds' | 'numberAmbiguous'> & {
  /** Sources of evidence that prove the number by themselves (an SMS import: codes received). */
  provenBy?: readonly EvidenceSource[];
};

/** Sources whose evidence is proof of the number whatever else is known. */
export const PROOF_SOURCES: readonly EvidenceSource[] = ['sms'];

/**
 * confirmed: the number itself was seen or used there: the site showed a (masked) number on the
 *   account, a registered number was typed into its sign-in or form, a password-manager login is
 *   the number, or codes were received at the number (SMS import);
 * likely: an account is proven (signed in, a form submitted, a password-manager entry) on a site
 *   whose sign-in, recovery or sign-up uses a phone; or the person added it by hand;
 * possible: only a phone page was visited, or only the catalog says the site can use a phone
 *   (a history match, a password-manager entry for a site where a phone is optional);
 * not-phone: nothing ties a phone to an account there (a checkout's delivery phone, a
 *   password-manager entry for a site with no phone use).
 */
export function certaintyOf(s: EvidenceSummary, entry?: Pick<CatalogEntry, 'kinds'>): Certainty {
  if (s.provenBy?.some((src) => PROOF_SOURCES.includes(src))) return 'confirmed';
  const seen = s.kinds.filter((k) => ACCOUNT_KINDS.includes(k));
  // The number seen or used there, on an account (a number given only as contact data is not one).
  if (seen.length && (s.numberIds.length || s.numberAmbiguous || s.strength === 'bound-number')) return 'confirmed';
  // The person said so: an account they want on the list, whatever the catalog knows.
  if (s.strength === 'manual') return 'likely';
  const can = new Set<Kind>([...seen, ...(entry?.kinds ?? []).filter((k) => ACCOUNT_KINDS.includes(k))]);
  const accountProven = strengthRank(s.strength) >= strengthRank('imported');
  if (accountProven && WAY_IN.some((k) => can.has(k))) return 'likely';
  // A visit that saw only a contact phone (a checkout) says the phone there is not the account's.
  if (!seen.length && !accountProven) return 'not-phone';
  return can.size ? 'possible' : 'not-phone';
}

/**
 * A row's certainty. Confirmation is evidence and never goes away, so a stored `confirmed` (an
 * SMS import leaves no other trace on the row) stands; the rest is recomputed, so rows written
 * before certainty existed and catalog updates are read right.
 */
export function rowCertainty(row: SiteRow, entry?: Pick<CatalogEntry, 'kinds'>): Certainty {
  return row.certainty === 'confirmed' ? 'confirmed' : certaintyOf(row, entry);
}
