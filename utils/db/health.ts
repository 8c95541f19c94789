// The database's health, as the screens tell it: whether it opens, upgrades and can be read
// (every screen asks before showing data, so a broken or newer database is said plainly
// instead of an empty, silent page), and the last writes the background could not make (kept
// in extension storage, not in the database that failed, until the person dismisses it).
// (Dexie 4 opens a database a newer version left behind, even with other tables: only reading
// each table shows whether it is usable.)
import { storage } from 'wxt/utils/storage';
import type { RebindDB } from './schema';

/** An error's own name, or the browser's error that Dexie wrapped (`inner`). */
export function errorName(e: unknown): string {
  const err = (e ?? {}) as { name?: unknown; inner?: { name?: unknown } };
  const inner = typeof err.inner?.name === 'string' ? err.inner.name : '';
  const name = typeof err.name === 'string' ? err.name : '';
  return inner || name || 'Error';
}

/** A full disk or storage quota: the one write failure a person can act on. */
export function isQuotaError(e: unknown): boolean {
  const err = (e ?? {}) as { name?: unknown; inner?: { name?: unknown }; message?: unknown };
  return [err.name, err.inner?.name, err.message].some((x) => typeof x === 'string' && /quota/i.test(x));
}

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
    return { name: errorName(e) };
  }
}

/** What the background could not write, kept until the person dismisses it. */
export interface WriteProblem {
  /** What was being saved: a page's findings, or the removal of whole numbers. */
  task: 'save' | 'removeWhole';
  /** 'quota': the browser's storage is full; 'failed': any other refusal to write. */
  cause: 'quota' | 'failed';
  /** The browser's error name, shown as detail. */
  name: string;
  /** Sites whose findings were lost, newest first (a few). */
  sites: string[];
  at: number;
}

export const MAX_PROBLEM_SITES = 3;

export const writeProblem = storage.defineItem<WriteProblem | null>('local:writeProblem', { fallback: null });

/** The record after one more failed write: the newest cause, sites gathered. */
export function nextWriteProblem(prev: WriteProblem | null, e: unknown, task: WriteProblem['task'], site: string | undefined, at: number): WriteProblem {
  const sites = task === 'save' && prev?.task === 'save' ? prev.sites : [];
  const all = site ? [site, ...sites.filter((s) => s !== site)] : sites;
  return { task, cause: isQuotaError(e) ? 'quota' : 'failed', name: errorName(e), sites: all.slice(0, MAX_PROBLEM_SITES), at };
}

/**
 * Records a write the background could not make, for the popup and the dashboard to show.
 * Never throws: recording must not hide the failure it records.
 */
export async function noteWriteFailure(e: unknown, task: WriteProblem['task'], site?: string): Promise<void> {
  console.error(`[rebind] could not write (${task}${site ? `, ${site}` : ''})`, e);
  try {
    await writeProblem.setValue(nextWriteProblem(await writeProblem.getValue(), e, task, site, Date.now()));
  } catch (again) {
    console.error('[rebind] could not record the write failure', again);
  }
}

export const dismissWriteProblem = (): Promise<void> => writeProblem.removeValue();
