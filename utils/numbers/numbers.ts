// The person's own numbers: parsed with libphonenumber-js, stored as the digits a masked
// display shows plus a salted hash; the whole number only when the person chose to keep it.
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js';
import type { NumberRow, RebindDB } from '../db/schema';
import { keepWholeNumbers } from '../settings';
import { numberHash, toHex } from './hash';
import { resolveNumbers } from './masked';

export class NumberError extends Error {
  constructor(
    /** i18n key explaining what is wrong. */
    readonly code: 'inv_err_number_invalid' | 'inv_err_label' | 'inv_err_date' | 'inv_err_duplicate',
  ) {
    super(code);
  }
}

export interface ParsedNumber {
  country: string;
  /** National significant number, digits only. */
  nsn: string;
  e164: string;
}

export function parseNumber(input: string, country: string): ParsedNumber {
  const text = input.trim();
  if (!text || text.length > 40) throw new NumberError('inv_err_number_invalid');
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(text, country.toUpperCase() as CountryCode);
  } catch {
    throw new NumberError('inv_err_number_invalid');
  }
  if (!parsed.isPossible()) throw new NumberError('inv_err_number_invalid');
  return {
    country: parsed.country ?? country.toUpperCase(),
    nsn: String(parsed.nationalNumber),
    e164: String(parsed.number),
  };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(date: string | undefined): void {
  if (date === undefined || date === '') return;
  if (!DATE_RE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new NumberError('inv_err_date');
  }
}

function checkLabel(label: string): string {
  const clean = label.trim();
  if (!clean || clean.length > 60) throw new NumberError('inv_err_label');
  return clean;
}

function randomHex(bytes: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

export interface NumberInput {
  label: string;
  country: string;
  number: string;
  cancelDate?: string;
}

/** The row to store for a number; pure but for the random salt. */
export async function numberRow(
  input: NumberInput,
  keepWhole: boolean,
  id = crypto.randomUUID(),
): Promise<NumberRow> {
  const label = checkLabel(input.label);
  checkDate(input.cancelDate);
  const p = parseNumber(input.number, input.country);
  const salt = randomHex(16);
  return {
    id,
    label,
    country: p.country,
    prefix: p.nsn.slice(0, 3),
    suffix: p.nsn.slice(-4),
    salt,
    hash: await numberHash(salt, p.nsn),
    nsnLength: p.nsn.length,
    ...(keepWhole ? { whole: p.e164 } : {}),
    ...(input.cancelDate ? { cancelDate: input.cancelDate } : {}),
    createdAt: Date.now(),
  };
}

/** Whether the number is already registered: hashed with each row's own salt. */
async function isDuplicate(db: RebindDB, nsn: string): Promise<boolean> {
  for (const n of await db.numbers.toArray()) {
    if (n.nsnLength === nsn.length && (await numberHash(n.salt, nsn)) === n.hash) return true;
  }
  return false;
}

export async function addNumber(
  db: RebindDB,
  input: NumberInput,
  keepWhole?: boolean,
): Promise<NumberRow> {
  const row = await numberRow(input, keepWhole ?? (await keepWholeNumbers.getValue()));
  const nsn = parseNumber(input.number, input.country).nsn;
  // Hashing is done before the transaction: a Dexie transaction must not await other promises.
  if (await isDuplicate(db, nsn)) throw new NumberError('inv_err_duplicate');
  await db.transaction('rw', db.numbers, db.sites, db.evidence, async () => {
    await db.numbers.add(row);
    await rematchSites(db);
  });
  return row;
}

export interface NumberPatch {
  label?: string;
  /** '' clears the date. */
  cancelDate?: string;
}

export async function updateNumber(db: RebindDB, id: string, patch: NumberPatch): Promise<void> {
  const changes: Partial<NumberRow> = {};
  if (patch.label !== undefined) changes.label = checkLabel(patch.label);
  if (patch.cancelDate !== undefined) {
    checkDate(patch.cancelDate);
    changes.cancelDate = patch.cancelDate || undefined;
  }
  await db.transaction('rw', db.numbers, async () => {
    const prev = await db.numbers.get(id);
    if (!prev) return;
    const next: NumberRow = { ...prev, ...changes };
    if (!next.cancelDate) delete next.cancelDate;
    await db.numbers.put(next);
  });
}

/** Removes a number; sites that pointed at it are re-resolved, evidence rows stay. */
export async function removeNumber(db: RebindDB, id: string): Promise<void> {
  await db.transaction('rw', db.numbers, db.sites, db.evidence, async () => {
    await db.numbers.delete(id);
    await rematchSites(db);
  });
}

/**
 * Recomputes every site's numbers after the registered numbers changed: ids from evidence
 * (submits, imports) whose number still exists, plus masked displays that now fit one number.
 */
export async function rematchSites(db: RebindDB): Promise<void> {
  const numbers = await db.numbers.toArray();
  const known = new Map<string, Set<string>>();
  await db.evidence
    .filter((e) => !!e.numberId)
    .each((e) => {
      const set = known.get(e.site) ?? new Set<string>();
      set.add(e.numberId!);
      known.set(e.site, set);
    });
  const rows = await db.sites
    .filter((s) => !!s.masked?.length || s.numberIds.length > 0 || !!s.numberAmbiguous)
    .toArray();
  const updates = [];
  for (const s of rows) {
    const r = resolveNumbers([...(known.get(s.site) ?? [])], s.masked ?? [], numbers);
    const same =
      r.ambiguous === !!s.numberAmbiguous &&
      r.numberIds.length === s.numberIds.length &&
      r.numberIds.every((id) => s.numberIds.includes(id));
    if (same) continue;
    const next = { ...s, numberIds: r.numberIds };
    if (r.ambiguous) next.numberAmbiguous = true;
    else delete next.numberAmbiguous;
    updates.push(next);
  }
  if (updates.length) await db.sites.bulkPut(updates);
}
