// The person's own numbers: parsed with libphonenumber-js, stored as the digits a masked
// display shows plus an HMAC under this profile's key (mac.ts); the whole number only when
// the person chose to keep it.
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js';
import type { NumberRow, RebindDB } from '../db/schema';
import { clearOneCardCount } from '../onecard/store';
import { keepWholeNumbers } from '../settings';
import { macKey, numberMac } from './mac';
import { nationalOfWhole, resolveNumbers } from './masked';

export class NumberError extends Error {
  constructor(
    /** i18n key explaining what is wrong. */
    readonly code:
      | 'inv_err_number_invalid'
      | 'inv_err_label'
      | 'inv_err_date'
      | 'inv_err_duplicate'
      | 'inv_err_number_other',
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

export interface NumberInput {
  label: string;
  country: string;
  number: string;
  cancelDate?: string;
}

/** The row to store for a number, fingerprinted with `key` (utils/numbers/mac.ts). */
export async function numberRow(
  input: NumberInput,
  keepWhole: boolean,
  key: CryptoKey,
  id = crypto.randomUUID(),
): Promise<NumberRow> {
  const label = checkLabel(input.label);
  checkDate(input.cancelDate);
  const p = parseNumber(input.number, input.country);
  return {
    id,
    label,
    country: p.country,
    prefix: p.nsn.slice(0, 3),
    suffix: p.nsn.slice(-4),
    mac: await numberMac(key, p.nsn),
    nsnLength: p.nsn.length,
    ...(keepWhole ? { whole: p.e164 } : {}),
    ...(input.cancelDate ? { cancelDate: input.cancelDate } : {}),
    createdAt: Date.now(),
  };
}

export async function addNumber(
  db: RebindDB,
  input: NumberInput,
  keepWhole?: boolean,
): Promise<NumberRow> {
  // The mac is computed before the transaction: a Dexie transaction must not await other promises.
  const row = await numberRow(input, keepWhole ?? (await keepWholeNumbers.getValue()), await macKey(db));
  await db.transaction('rw', db.numbers, db.sites, db.evidence, async () => {
    // A number kept from before version 4 has no mac: the digits it shows and its length decide.
    const same = (n: NumberRow) =>
      n.mac
        ? n.mac === row.mac
        : n.country === row.country && n.prefix === row.prefix && n.suffix === row.suffix &&
          (!n.nsnLength || n.nsnLength === row.nsnLength);
    if (await db.numbers.filter(same).count()) throw new NumberError('inv_err_duplicate');
    await db.numbers.add(row);
    await rematchSites(db);
  });
  // The setting may have been turned off while this number was being written.
  if (row.whole) await settleWholeNumbers(db);
  return row;
}

/** A number that can't be matched to typed numbers yet (kept from before Rebind used a key). */
export const needsReentry = (n: NumberRow): boolean => !n.mac;

/**
 * The person types a registered number again so typed numbers can be matched to it: it must be
 * the same number (the digits a display shows, and the length when known).
 */
export async function reenterNumber(db: RebindDB, id: string, number: string, keepWhole?: boolean): Promise<void> {
  const prev = await db.numbers.get(id);
  if (!prev) return;
  const p = parseNumber(number, prev.country);
  const same =
    p.nsn.startsWith(prev.prefix) &&
    p.nsn.endsWith(prev.suffix) &&
    (!prev.nsnLength || prev.nsnLength === p.nsn.length);
  if (!same) throw new NumberError('inv_err_number_other');
  const mac = await numberMac(await macKey(db), p.nsn);
  const whole = keepWhole ?? (await keepWholeNumbers.getValue());
  await db.transaction('rw', db.numbers, async () => {
    const row = await db.numbers.get(id);
    if (!row) return;
    await db.numbers.put({ ...row, mac, nsnLength: p.nsn.length, ...(whole ? { whole: p.e164 } : {}) });
  });
  if (whole) await settleWholeNumbers(db);
}

/** Gives every number whose whole number is kept but which has no mac yet its mac. */
export async function sealNumbers(db: RebindDB): Promise<number> {
  const open = (await db.numbers.toArray()).filter((n) => !n.mac && n.whole);
  if (!open.length) return 0;
  const key = await macKey(db);
  const macs = new Map<string, string>();
  for (const n of open) {
    const nsn = nationalOfWhole(n.whole!, n.country);
    if (nsn) macs.set(n.id, await numberMac(key, nsn));
  }
  await db.transaction('rw', db.numbers, async () => {
    for (const [id, mac] of macs) {
      const row = await db.numbers.get(id);
      if (row && !row.mac && row.whole) await db.numbers.put({ ...row, mac, nsnLength: row.nsnLength || nationalOfWhole(row.whole, row.country).length });
    }
  });
  return macs.size;
}

/** Removes every stored whole number, each given its mac first so typed numbers still match it. */
async function dropWholeNumbers(db: RebindDB): Promise<number> {
  await sealNumbers(db);
  return db.transaction('rw', db.numbers, async () => {
    const rows = await db.numbers.filter((n) => n.whole !== undefined).toArray();
    for (const row of rows) {
      const { whole: _whole, ...rest } = row;
      await db.numbers.put(rest);
    }
    return rows.length;
  });
}

let settling: Promise<unknown> = Promise.resolve();

/**
 * The one place stored numbers follow the "keep whole numbers" setting: off removes every
 * whole number; on gives kept whole numbers from before version 4 their mac. It reads the
 * setting when it runs (never a value passed along, which may be stale by then), and runs one
 * call at a time in this context. Used by the background for every change of the setting,
 * whoever made it, and at start; and after any write that stored a whole number.
 */
export function settleWholeNumbers(db: RebindDB): Promise<void> {
  const run = settling.then(async () => {
    if (await keepWholeNumbers.getValue()) await sealNumbers(db);
    else await dropWholeNumbers(db);
  });
  settling = run.catch(() => undefined);
  return run;
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
  // What One-Card Check reported for the number goes with it.
  await clearOneCardCount(id);
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

/**
 * Keeps stored numbers in step with the "keep whole numbers" setting, whoever changes it (the
 * settings screen, a restored backup, "erase everything"), and once at start. Called once by the
 * background; a failure is recorded for the screens to show (utils/db/health.ts).
 */
export function watchWholeNumbers(db: () => RebindDB, failed: (e: unknown) => unknown = () => undefined): void {
  const settle = () => settleWholeNumbers(db()).catch(failed);
  keepWholeNumbers.watch(() => void settle());
  void settle();
}
