// The person's decisions and what counts as still open. Merges never touch status; only this does.
import type { NumberRow, RebindDB, SiteRow } from '../db/schema';
import { ACCOUNT_KINDS, OPEN_STATUSES, STATUSES, type Status } from '../types';

export async function setStatus(db: RebindDB, site: string, status: Status): Promise<void> {
  if (!STATUSES.includes(status)) throw new Error(`unknown status ${String(status)}`);
  await db.transaction('rw', db.sites, async () => {
    const prev = await db.sites.get(site);
    if (!prev) return;
    await db.sites.put({ ...prev, status, statusAt: Date.now() });
  });
}

/**
 * Still needs the person's action for this number: open status, a kind that ties a phone
 * number to the account, and either on this number or on no known number (it might be).
 * Without a number, every open account counts.
 */
export function isOpenFor(row: SiteRow, numberId?: string): boolean {
  if (!OPEN_STATUSES.includes(row.status)) return false;
  if (!row.kinds.some((k) => ACCOUNT_KINDS.includes(k))) return false;
  if (!numberId || !row.numberIds.length) return true;
  return row.numberIds.includes(numberId);
}

/** The number whose cancellation comes first (today or later), else undefined: "all numbers". */
export function currentNumber(numbers: readonly NumberRow[], today: string): NumberRow | undefined {
  return numbers
    .filter((n) => n.cancelDate && n.cancelDate >= today)
    .sort((a, b) => a.cancelDate!.localeCompare(b.cancelDate!))[0];
}

export async function openCount(db: RebindDB, numberId?: string): Promise<number> {
  return db.sites
    .where('status')
    .anyOf([...OPEN_STATUSES])
    .filter((row) => isOpenFor(row, numberId))
    .count();
}

