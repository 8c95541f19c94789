// Whether the database opens, upgrades and can be read. Every screen asks before showing data,
// so a broken or newer database is said plainly instead of showing an empty, silent page.
// (Dexie 4 opens a database a newer version left behind, even with other tables: only reading
// each table shows whether it is usable.)
import type { RebindDB } from './schema';

export interface DbProblem {
  /** The error's name (VersionError, QuotaExceededError, UpgradeError, ...), shown as detail. */
  name: string;
}

/** Null when the database opens and each table can be read, else what went wrong. */
export async function databaseProblem(db: RebindDB): Promise<DbProblem | null> {
  try {
    await db.open();
    await Promise.all([db.sites.limit(1).toArray(), db.evidence.limit(1).toArray(), db.numbers.limit(1).toArray()]);
    // The stores on disk, not the ones declared: a newer version may have re-keyed them.
    const idb = db.backendDB();
    const tx = idb.transaction(['sites', 'evidence', 'numbers'], 'readonly');
    const keys = { sites: 'site', evidence: 'id', numbers: 'id' } as const;
    for (const [table, key] of Object.entries(keys)) {
      if (tx.objectStore(table).keyPath !== key) return { name: `SchemaError (${table})` };
    }
    return null;
  } catch (e) {
    const err = e as { name?: string; inner?: { name?: string } };
    return { name: err.inner?.name ?? err.name ?? 'Error' };
  }
}
