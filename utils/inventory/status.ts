// The person's decisions. Merges touch status only to reopen an item whose site still shows the old
// number (utils/inventory/proof.ts); otherwise only this does. What counts as open is
// decided in one place: utils/inventory/checklist.ts.
import type { RebindDB, SiteRow } from '../db/schema';
import { STATUSES, type Status } from '../types';

/** What a status change replaced, so Undo can put it back exactly. */
export type StatusBefore = Pick<SiteRow, 'status' | 'statusAt'>;

/** Sets a site's status; returns what it was (undefined when the site is not in the inventory). */
export async function setStatus(db: RebindDB, site: string, status: Status): Promise<StatusBefore | undefined> {
  if (!STATUSES.includes(status)) throw new Error(`unknown status ${String(status)}`);
  return db.transaction('rw', db.sites, async () => {
    const prev = await db.sites.get(site);
    if (!prev) return undefined;
    await db.sites.put({ ...prev, status, statusAt: Date.now() });
    return { status: prev.status, ...(prev.statusAt !== undefined ? { statusAt: prev.statusAt } : {}) };
  });
}

/** Undo of setStatus: the status and its date as they were. */
export async function restoreStatus(db: RebindDB, site: string, before: StatusBefore): Promise<void> {
  if (!STATUSES.includes(before.status)) throw new Error(`unknown status ${String(before.status)}`);
  await db.transaction('rw', db.sites, async () => {
    const prev = await db.sites.get(site);
    if (!prev) return;
    const { statusAt: _drop, ...rest } = prev;
    await db.sites.put({ ...rest, status: before.status, ...(before.statusAt !== undefined ? { statusAt: before.statusAt } : {}) });
  });
}
