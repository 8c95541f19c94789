// Undo for an import: a mark taken before it, the sites it added, and the one way back.
// The mark holds the inventory as it was (site rows and evidence are small: a row per site,
// a few evidence rows each); Undo puts back exactly what differs from it.
import type { EvidenceRow, RebindDB, SiteRow } from '../db/schema';

export interface ImportMark {
  readonly sites: ReadonlyMap<string, SiteRow>;
  readonly evidence: ReadonlyMap<number, EvidenceRow>;
}

/** The inventory before an import. Take it right before the import writes. */
export async function markBeforeImport(db: RebindDB): Promise<ImportMark> {
  return db.transaction('r', db.sites, db.evidence, async () => ({
    sites: new Map((await db.sites.toArray()).map((r) => [r.site, r])),
    evidence: new Map((await db.evidence.toArray()).map((e) => [e.id!, e])),
  }));
}

/** The sites that are listed now and were not at the mark, in the order they were stored. */
export async function sitesAddedSince(db: RebindDB, mark: ImportMark): Promise<string[]> {
  return (await db.sites.toCollection().primaryKeys()).filter((site) => !mark.sites.has(site));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Undoes the import since `mark`: removes the site rows and evidence it created and puts back
 * the rows it changed, as they were. Rows nobody touched are not written. Returns the sites
 * removed. Meant right after the import (whatever changed in between is undone with it).
 */
export async function undoImport(db: RebindDB, mark: ImportMark): Promise<string[]> {
  return db.transaction('rw', db.sites, db.evidence, async () => {
    const removed: string[] = [];
    const sites = await db.sites.toArray();
    const now = new Set<string>();
    for (const row of sites) {
      now.add(row.site);
      const before = mark.sites.get(row.site);
      if (!before) {
        removed.push(row.site);
        await db.sites.delete(row.site);
      } else if (!same(before, row)) await db.sites.put(before);
    }
    // Rows an import replaced (a backup restored in place of the inventory) come back.
    for (const [site, before] of mark.sites) if (!now.has(site)) await db.sites.put(before);
    const evidence = await db.evidence.toArray();
    const kept = new Set<number>();
    for (const e of evidence) {
      const before = mark.evidence.get(e.id!);
      if (!before) await db.evidence.delete(e.id!);
      else {
        kept.add(e.id!);
        if (!same(before, e)) await db.evidence.put(before);
      }
    }
    for (const [id, before] of mark.evidence) if (!kept.has(id)) await db.evidence.put(before);
    return removed;
  });
}
