// The count One-Card Check returned, per registered number, in WXT storage (local to this
// device; no database version needed). It is stored on purpose: it is a figure the person reads
// off an SMS from the government service and types into Rebind's own page, like a cancellation
// date, not something typed into a web page; it names no account and no one, and it is what the
// comparison needs next time. Nothing else from the check (ID digits, the SMS) is ever asked for.
import { storage } from 'wxt/utils/storage';

export interface OneCardResult {
  /** Accounts the check reported, 0–999. */
  count: number;
  /** When the person entered it, ms since epoch. */
  at: number;
}

export const oneCardResults = storage.defineItem<Record<string, OneCardResult>>('local:oneCardResults', {
  fallback: {},
});

export class OneCardError extends Error {
  constructor(readonly code: 'onecard_err_count') {
    super(code);
  }
}

export const MAX_COUNT = 999;

/** The count typed by the person: a whole number 0–999 (full-width digits too), else OneCardError. */
export function parseCount(input: string): number {
  const text = input.normalize('NFKC').trim();
  if (!/^\d{1,3}$/.test(text)) throw new OneCardError('onecard_err_count');
  const n = Number(text);
  if (n > MAX_COUNT) throw new OneCardError('onecard_err_count');
  return n;
}

/** Checks and saves the count for a number; a bad count changes nothing. */
export async function saveOneCardCount(numberId: string, input: string, now = Date.now()): Promise<number> {
  const count = parseCount(input);
  const all = await oneCardResults.getValue();
  await oneCardResults.setValue({ ...all, [numberId]: { count, at: now } });
  return count;
}

export async function clearOneCardCount(numberId: string): Promise<void> {
  const { [numberId]: _gone, ...rest } = await oneCardResults.getValue();
  await oneCardResults.setValue(rest);
}
