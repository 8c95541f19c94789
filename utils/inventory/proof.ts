// Proof after a change: a site the person marked "changed" or "unbound" that later shows the
// old number (or takes a sign-in with it) still uses it, so the item reopens; one that shows
// another registered number is verified. Pure: the merge calls `applyProof` on each new row.
import type { NumberRow, SiteRow } from '../db/schema';
import { numbersFitting, parseMasked, type MaskedNumber } from '../numbers/masked';
import type { EvidenceSource, Kind, Status } from '../types';

/** A registered number as proof needs it: what masked matching needs, and its cancellation. */
export type ProofNumber = MaskedNumber & Pick<NumberRow, 'cancelDate'>;

/** Statuses that claim the number is gone from the site: only these are checked. */
const PROVABLE: readonly Status[] = ['changed', 'unbound'];

export type ProofState = 'old' | 'new' | 'unclear';

/** What the site showed after the person's change; stored on the site row (not indexed). */
export interface Proof {
  /** old: still on the old number (reopened); new: verified; unclear: fits old and new alike. */
  state: ProofState;
  /** Last digits the site showed; empty for a sign-in with the old number (nothing typed is kept). */
  tail: string;
  at: number;
  /** The numbers the item was for when the person marked it done, kept across later merges. */
  oldIds: string[];
  /** The row's statusAt this proof belongs to: a new decision by the person makes it stale. */
  statusAt?: number;
}

/** Kinds of a submitted form that make it a sign-in (a code or the number as the login). */
const SIGN_IN_KINDS: readonly Kind[] = ['login-phone', 'login-otp'];

/** The parts of one observation (utils/inventory/merge.ts) that can prove anything. */
export interface ProofInput {
  source: EvidenceSource;
  kinds: readonly Kind[];
  masked?: readonly string[];
  /** A registered number typed into the form (submit evidence). */
  numberId?: string;
  at: number;
}

const isSignIn = (input: ProofInput) =>
  input.source === 'submit' && input.kinds.some((k) => SIGN_IN_KINDS.includes(k));

/**
 * The numbers the item was for: those the row was tied to when marked done. When some of them
 * are being cancelled (a cancellation date), only those are "old": a site often shows the new
 * number before the person gets round to marking the item changed.
 */
export function oldNumbers(row: Pick<SiteRow, 'numberIds'>, numbers: readonly ProofNumber[]): string[] {
  const tied = numbers.filter((n) => row.numberIds.includes(n.id));
  const leaving = tied.filter((n) => n.cancelDate).map((n) => n.id);
  return leaving.length ? leaving : tied.map((n) => n.id);
}

/**
 * The verdict of one observation on a done item, or null when it says nothing. A masked display
 * fitting an old number and a new one alike is 'unclear': neither reopened nor verified.
 */
export function judgeProof(
  oldIds: readonly string[],
  input: ProofInput,
  numbers: readonly MaskedNumber[],
): { state: ProofState; tail: string } | null {
  if (!oldIds.length) return null;
  if (isSignIn(input) && input.numberId && oldIds.includes(input.numberId)) return { state: 'old', tail: '' };
  let verdict: { state: ProofState; tail: string } | null = null;
  for (const m of input.masked ?? []) {
    const fit = numbersFitting(m, numbers);
    const old = fit.some((id) => oldIds.includes(id));
    const fresh = fit.some((id) => !oldIds.includes(id));
    const tail = parseMasked(m)?.tail.slice(-4) ?? '';
    // The old number anywhere on the page outweighs everything else it shows.
    if (old && !fresh) return { state: 'old', tail };
    if (old && fresh) verdict = { state: 'unclear', tail };
    else if (fresh && verdict?.state !== 'unclear') verdict = { state: 'new', tail };
  }
  return verdict;
}

/** The proof that belongs to the row's current decision, or undefined. */
export function currentProof(row: Pick<SiteRow, 'proof' | 'statusAt'>): Proof | undefined {
  return row.proof && row.proof.statusAt === row.statusAt ? row.proof : undefined;
}

/**
 * The row after an observation, judged for proof. `prev` is the row before the merge (its
 * numbers are the ones the item was for). "Still on your old number" reopens the item: its
 * status goes back to to-do, dated by the observation, so every list and count agrees.
 */
export function applyProof(
  prev: SiteRow | undefined,
  next: SiteRow,
  input: ProofInput,
  numbers: readonly ProofNumber[],
): SiteRow {
  if (!prev || !PROVABLE.includes(prev.status)) return next;
  const kept = currentProof(prev);
  const oldIds = kept?.oldIds ?? oldNumbers(prev, numbers);
  const verdict = judgeProof(oldIds, input, numbers);
  if (!verdict) return next;
  if (verdict.state === 'old') {
    return { ...next, status: 'todo', statusAt: input.at, proof: { ...verdict, at: input.at, oldIds, statusAt: input.at } };
  }
  return { ...next, proof: { ...verdict, at: input.at, oldIds, ...(prev.statusAt !== undefined ? { statusAt: prev.statusAt } : {}) } };
}
