// The one setup for component tests that render a screen: the English UI (tests/unit/i18n.ts),
// an empty database (fake-indexeddb, tests/unit/setup.ts) optionally filled, no permissions
// granted, files the screen saves captured, and the DOM and spies cleaned up after each test.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, type RebindDB } from '@/utils/db';
import { useLocale } from './i18n';

/** A file a screen saved: its download name and its text. */
export interface SavedFile {
  name: string;
  text: Promise<string>;
}

export interface ScreenOptions {
  /** Rows to write before each test, into the emptied database. */
  fill?: (db: RebindDB) => Promise<void>;
  /** Catch downloads (URL.createObjectURL and the link click) into `saved`. */
  downloads?: boolean;
}

export async function emptyDb(db: RebindDB = getDb()): Promise<void> {
  await Promise.all([db.sites.clear(), db.numbers.clear(), db.evidence.clear()]);
}

/** Registers the hooks; returns the database and the list of files saved in the current test. */
export function useScreens(opts: ScreenOptions = {}): { db: RebindDB; saved: SavedFile[] } {
  const db = getDb();
  const saved: SavedFile[] = [];
  beforeEach(async () => {
    useLocale('en');
    fakeBrowser.permissions.contains = (async () => false) as never;
    await emptyDb(db);
    if (opts.fill) await opts.fill(db);
    saved.length = 0;
    if (!opts.downloads) return;
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, b as Blob);
      return url;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: blobs.get(this.href)!.text() });
    });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return { db, saved };
}

/** A file as the person picks it in a file input. */
export const jsonFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });
