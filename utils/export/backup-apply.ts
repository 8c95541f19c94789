// Writing a validated backup: replace the inventory, or merge into it, in one transaction, with
// the settings. Settings (extension storage) and rows (IndexedDB) can't share a transaction, so
// the settings are written first in one storage call and put back if the database write fails:
// both change, or neither does.
import { storage } from 'wxt/utils/storage';
import type { EvidenceRow, NumberRow, RebindDB } from '../db/schema';
import { mayWrite } from '../inventory/gate';
import { mergeSiteRow } from '../inventory/merge';
import { macKey, numberMac } from '../numbers/mac';
import { nationalOfWhole } from '../numbers/masked';
import { keepWholeNumbers, pausedSites, recordPrivate } from '../settings';
import type { EvidenceSource } from '../types';
import { parseBackup, type ImportError, type Skipped } from './backup-read';
import type { Backup, BackupNumber, BackupSettings } from './backup-schema';
import { evidenceFromBackup, ms, siteFromBackup } from './json';

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  sites: number;
  evidence: number;
  numbers: number;
}

/** A backup's number as stored: `mac` (computed from the whole number, when the file has it). */
export function numberFromBackup(n: BackupNumber, keepWhole: boolean, mac?: string): NumberRow {
  const { createdAt, whole, ...rest } = n;
  return { ...rest, createdAt: ms(createdAt), ...(mac ? { mac } : {}), ...(keepWhole && whole ? { whole } : {}) };
}

/** Macs for the numbers whose whole number the file holds (before the transaction: async crypto). */
async function macsOf(db: RebindDB, numbers: readonly BackupNumber[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const whole = numbers.filter((n) => n.whole);
  if (!whole.length) return out;
  const key = await macKey(db);
  for (const n of whole) {
    const nsn = nationalOfWhole(n.whole!, n.country);
    if (nsn) out.set(n.id, await numberMac(key, nsn));
  }
  return out;
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => [
  ...new Set([...(a ?? []), ...(b ?? [])]),
];

/** Each site's evidence sources in the backup: an SMS import there proves the number. */
function sourcesBySite(b: Backup): Map<string, EvidenceSource[]> {
  const map = new Map<string, Set<EvidenceSource>>();
  for (const e of b.evidence) {
    let set = map.get(e.site);
    if (!set) map.set(e.site, (set = new Set()));
    set.add(e.source);
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

const evidenceKey = (e: EvidenceRow): string =>
  [e.site, e.at, e.source, e.url ?? '', e.kinds.join(',')].join('|');

/** The settings as they will be after the import. */
export function settingsAfter(mode: ImportMode, current: BackupSettings, imp: BackupSettings): BackupSettings {
  if (mode === 'replace') return { ...imp, pausedSites: [...imp.pausedSites] };
  // Merging keeps this device's privacy choices and pauses everything either side paused.
  return { ...current, pausedSites: union(current.pausedSites, imp.pausedSites) };
}

export async function readSettings(): Promise<BackupSettings> {
  const [rp, ps, kw] = await Promise.all([
    recordPrivate.getValue(),
    pausedSites.getValue(),
    keepWholeNumbers.getValue(),
  ]);
  return { recordPrivate: rp, pausedSites: [...ps], keepWholeNumbers: kw };
}

/** All three settings in one storage call: the browser writes it whole or not at all. */
export async function writeSettings(s: BackupSettings): Promise<void> {
  await storage.setItems([
    { item: recordPrivate, value: s.recordPrivate },
    { item: pausedSites, value: s.pausedSites },
    { item: keepWholeNumbers, value: s.keepWholeNumbers },
  ]);
}

export type SettingChange =
  | { key: 'recordPrivate' | 'keepWholeNumbers'; from: boolean; to: boolean }
  | { key: 'pausedSites'; added: number; removed: number };

/** What an import would change in the settings, for the person to see before it does. */
export function settingsChanges(current: BackupSettings, next: BackupSettings): SettingChange[] {
  const out: SettingChange[] = [];
  for (const key of ['recordPrivate', 'keepWholeNumbers'] as const) {
    if (current[key] !== next[key]) out.push({ key, from: current[key], to: next[key] });
  }
  const before = new Set(current.pausedSites);
  const after = new Set(next.pausedSites);
  const added = next.pausedSites.filter((s) => !before.has(s)).length;
  const removed = current.pausedSites.filter((s) => !after.has(s)).length;
  if (added || removed) out.push({ key: 'pausedSites', added, removed });
  return out;
}

/**
 * Writes a backup that parseBackup() accepted, settings included (unless the file's settings
 * could not be read: `withSettings` false keeps this device's). Throws if the database or the
 * settings storage fails (a full disk); then nothing has changed.
 */
export async function applyBackup(
  db: RebindDB,
  file: Backup,
  mode: ImportMode,
  withSettings = true,
): Promise<ImportSummary> {
  const current = await readSettings();
  const settings = withSettings ? settingsAfter(mode, current, file.settings) : current;
  // The write gate (utils/inventory/gate.ts): sites paused after the import stay out.
  const paused = new Set(settings.pausedSites);
  const keep = (site: string) => mayWrite(site, paused, { hosts: false });
  const b = { ...file, sites: file.sites.filter((s) => keep(s.site)), evidence: file.evidence.filter((e) => keep(e.site)) };
  const keepWhole = settings.keepWholeNumbers;
  const macs = await macsOf(db, b.numbers);
  const fromBackup = (n: BackupNumber) => numberFromBackup(n, keepWhole, macs.get(n.id));
  let summary: ImportSummary = { sites: 0, evidence: 0, numbers: 0 };
  const changed = settingsChanges(current, settings).length > 0;
  if (changed) await writeSettings(settings);
  try {
    await writeRows();
  } catch (e) {
    // The rows did not change (the transaction rolled back): the settings go back too.
    if (changed) await writeSettings(current);
    throw e;
  }
  return summary;

  async function writeRows() {
    await db.transaction('rw', db.sites, db.evidence, db.numbers, async () => {
      if (mode === 'replace') {
        await Promise.all([db.sites.clear(), db.evidence.clear(), db.numbers.clear()]);
        const numbers = b.numbers.map(fromBackup);
        await db.numbers.bulkAdd(numbers);
        const sources = sourcesBySite(b);
        await db.sites.bulkAdd(b.sites.map((s) => mergeSiteRow(undefined, siteFromBackup(s), numbers, sources.get(s.site))));
        await db.evidence.bulkAdd(b.evidence.map((e) => evidenceFromBackup(e, true)));
        summary = { sites: b.sites.length, evidence: b.evidence.length, numbers: b.numbers.length };
        return;
      }
      const incomingNumbers = b.numbers.map(fromBackup);
      const prevNumbers = await db.numbers.bulkGet(incomingNumbers.map((n) => n.id));
      // A number already here keeps its fields; it only gains a mac it lacked.
      const numbers = incomingNumbers.map((n, i) => {
        const prev = prevNumbers[i];
        return (prev ? { ...n, ...prev, ...(!prev.mac && n.mac ? { mac: n.mac } : {}) } : n) as NumberRow;
      });
      await db.numbers.bulkPut(numbers);
      // Masked numbers are matched against every number here after the import, not only the file's.
      const allNumbers = await db.numbers.toArray();
      const sources = sourcesBySite(b);

      const incomingSites = b.sites.map(siteFromBackup);
      const prevSites = await db.sites.bulkGet(incomingSites.map((s) => s.site));
      await db.sites.bulkPut(incomingSites.map((s, i) => mergeSiteRow(prevSites[i], s, allNumbers, sources.get(s.site))));

      // Evidence ids are local to each database: merged rows get new ones; rows already here stay.
      const have = new Set<string>();
      const sites = new Set(incomingSites.map((s) => s.site));
      const note = (e: EvidenceRow) => {
        if (sites.has(e.site)) have.add(evidenceKey(e));
      };
      // A few sites: look them up by index. Many: one pass over the table is cheaper than
      // thousands of index seeks (and fake-indexeddb's seeks are quadratic).
      if (sites.size <= 50) await db.evidence.where('site').anyOf([...sites]).each(note);
      else await db.evidence.each(note);
      const fresh: EvidenceRow[] = [];
      for (const e of b.evidence) {
        const row = evidenceFromBackup(e, false);
        const key = evidenceKey(row);
        // Only rows already in the database count as duplicates; the file's own rows all go in.
        if (!have.has(key)) fresh.push(row);
      }
      await db.evidence.bulkAdd(fresh);
      summary = {
        sites: incomingSites.filter((_, i) => !prevSites[i]).length,
        evidence: fresh.length,
        numbers: prevNumbers.filter((p) => !p).length,
      };
    });
  }
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary; fromVersion: number; skipped: Skipped[] }
  | { ok: false; error: ImportError };

/** Parse, validate and write: the whole import, used by ImportBackup and the tests. */
export async function importBackupText(db: RebindDB, text: string, mode: ImportMode): Promise<ImportOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const summary = await applyBackup(db, parsed.backup, mode, parsed.settingsInFile);
  return { ok: true, summary, fromVersion: parsed.fromVersion, skipped: parsed.skipped };
}
