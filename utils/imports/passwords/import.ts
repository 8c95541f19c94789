// Importing a password-manager export: read url + username of each row, never anything else;
// validate the whole file first, then write every site in one transaction (or nothing).
import { entryForSite, siteForHost } from '../../catalog/lookup';
import type { RebindDB } from '../../db/schema';
import { mergeObservations, type Observation } from '../../inventory/merge';
import { macKey, matchTyped } from '../../numbers/mac';
import { CsvError, eachCsvRow } from '../csv';
import { detectFormat } from './detect';
import type { FormatId } from './format';

/** Real exports are far smaller (20,000 logins is about 3 MB); anything bigger is not one. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_URL_LENGTH = 2048;
/** A URL cell longer than this is no login (Bitwarden lists several URLs in one cell, not thousands). */
export const MAX_URL_CELL = 16 * 1024;
/** At most this many URLs are read from one cell. */
export const MAX_URLS_PER_CELL = 32;

export type ImportErrorCode =
  | 'inv_err_csv_empty'
  | 'inv_err_csv_too_big'
  | 'inv_err_csv_unknown'
  | 'inv_err_csv_truncated'
  | 'inv_err_csv_malformed'
  | 'inv_err_csv_encoding'
  | 'inv_err_csv_quote';

export class ImportError extends Error {
  constructor(
    /** i18n key of the message. */
    readonly code: ImportErrorCode,
    /** Substitutions for the message (row number, size in MB). */
    readonly params: (string | number)[] = [],
  ) {
    super(code);
  }
}

export const SKIP_REASONS = ['no-url', 'not-web', 'bad-url', 'local', 'not-login', 'too-long', 'malformed'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface PasswordImportReport {
  format: FormatId;
  formatName: string;
  /** Data rows read (header excluded). */
  rows: number;
  /** Distinct sites imported. */
  sites: number;
  /** Of those, sites not in the inventory before. */
  added: number;
  /** Sites whose login is one of the person's numbers. */
  numberLogins: number;
  skipped: Record<SkipReason, number>;
}

/** Usernames that can be a phone number; an e-mail address containing digits is not one. */
const PHONE_LIKE = /^\+?[\d\s().-]{6,24}$/;

interface Pending {
  site: string;
  origin: string;
  username?: string;
}

function siteOfUrl(cell: string): { site: string; origin: string } | SkipReason {
  const raw = cell.trim();
  if (!raw) return 'no-url';
  if (raw.length > MAX_URL_LENGTH) return 'bad-url';
  // Exports sometimes hold bare hosts ("example.com/login").
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return 'bad-url';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'not-web';
  const host = u.hostname.toLowerCase();
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return 'local';
  const site = siteForHost(host);
  if (!site) return 'bad-url';
  return { site, origin: `${u.protocol}//${host}/` };
}

export interface ImportOptions {
  signal?: AbortSignal;
  /** Called with a fraction 0..1 while the file is read. */
  onProgress?: (fraction: number) => void;
}

export async function importPasswords(
  db: RebindDB,
  file: Blob,
  opts: ImportOptions = {},
): Promise<PasswordImportReport> {
  if (file.size === 0) throw new ImportError('inv_err_csv_empty');
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError('inv_err_csv_too_big', [
      Math.ceil(file.size / 1024 / 1024),
      MAX_IMPORT_BYTES / 1024 / 1024,
    ]);
  }
  let detected: ReturnType<typeof detectFormat> = null;
  let headerLength = 0;
  let rows = 0;
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const pending: Pending[] = [];
  // A short row is damage in the middle of a file, a cut-off file at its end: decided by what follows.
  let shortRow = 0;
  try {
    await eachCsvRow(
      file,
      (cells, row) => {
        if (!detected) {
          detected = detectFormat(cells);
          if (!detected) throw new ImportError('inv_err_csv_unknown');
          headerLength = cells.length;
          return;
        }
        rows++;
        if (shortRow) {
          skipped.malformed++;
          shortRow = 0;
        }
        if (cells.length < headerLength) {
          shortRow = row;
          return;
        }
        const { format, columns } = detected;
        if (columns.type !== undefined && format.isLogin && !format.isLogin(cells[columns.type] ?? '')) {
          skipped['not-login']++;
          return;
        }
        const cell = cells[columns.url] ?? '';
        if (cell.length > MAX_URL_CELL) {
          skipped['too-long']++;
          return;
        }
        const urls = (format.urls ? format.urls(cell) : [cell]).slice(0, MAX_URLS_PER_CELL);
        const username = (cells[columns.username] ?? '').trim();
        // Only a username that may be a phone number is kept, until it is hashed below.
        const keep = PHONE_LIKE.test(username) ? username : undefined;
        let any: SkipReason | null = urls.length ? null : 'no-url';
        let ok = false;
        for (const url of urls) {
          const r = siteOfUrl(url);
          if (typeof r === 'string') any ??= r;
          else {
            ok = true;
            pending.push({ ...r, ...(keep ? { username: keep } : {}) });
          }
        }
        if (!ok) skipped[any ?? 'no-url']++;
      },
      opts.signal,
      (f) => opts.onProgress?.(f * 0.8),
      () => {
        rows++;
        skipped.malformed++;
      },
    );
    // A short last row is what a cut-off file looks like.
    if (shortRow) throw new ImportError('inv_err_csv_truncated', [shortRow]);
  } catch (e) {
    if (e instanceof CsvError) {
      if (e.code === 'binary') throw new ImportError('inv_err_csv_unknown');
      if (e.code === 'encoding') throw new ImportError('inv_err_csv_encoding');
      if (e.code === 'truncated') throw new ImportError('inv_err_csv_quote', [e.row ?? 0]);
      throw new ImportError('inv_err_csv_malformed', [e.row ?? 0]);
    }
    throw e;
  }
  const found = detected as ReturnType<typeof detectFormat>;
  if (!found) throw new ImportError('inv_err_csv_unknown');
  opts.onProgress?.(0.8);

  const numbers = (await db.numbers.toArray()).filter((n) => n.mac);
  const macs = numbers.length ? await macKey(db) : undefined;
  const matched = new Map<string, string | undefined>();
  const bySite = new Map<string, Observation>();
  const now = Date.now();
  for (const p of pending) {
    let numberId: string | undefined;
    if (p.username && macs) {
      if (!matched.has(p.username)) matched.set(p.username, await matchTyped(macs, p.username, numbers));
      numberId = matched.get(p.username);
    }
    p.username = undefined;
    const key = `${p.site}|${numberId ?? ''}`;
    if (bySite.has(key)) continue;
    const kinds = [...(entryForSite(p.site)?.kinds ?? [])];
    bySite.set(key, {
      site: p.site,
      at: now,
      source: 'password-manager',
      strength: 'imported',
      kinds: numberId && !kinds.includes('login-phone') ? [...kinds, 'login-phone'] : kinds,
      url: p.origin,
      ...(numberId ? { numberId } : {}),
      detail: `${found.format.name}: ${numberId ? 'the login is your number' : 'account exists'}`,
    });
  }
  matched.clear();
  if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Aborted', 'AbortError');

  const observations = [...bySite.values()];
  const sites = [...new Set(observations.map((o) => o.site))];
  const before = (await db.sites.bulkGet(sites)).filter(Boolean).length;
  await mergeObservations(db, observations);
  opts.onProgress?.(1);
  return {
    format: found.format.id,
    formatName: found.format.name,
    rows,
    sites: sites.length,
    added: sites.length - before,
    numberLogins: new Set(observations.filter((o) => o.numberId).map((o) => o.site)).size,
    skipped,
  };
}
