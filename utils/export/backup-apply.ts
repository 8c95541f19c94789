// Writing a validated backup: replace the inventory, or merge into it, in one transaction.
// Settings are written after the transaction commits, so a failed write changes nothing.
import type { EvidenceRow, NumberRow, RebindDB, SiteRow } from '../db/schema';
import { mayWrite } from '../inventory/gate';
import { mergeSiteRow } from '../inventory/merge';
import { keepWholeNumbers, pausedSites, recordPrivate } from '../settings';
import type { EvidenceSource } from '../types';
import { parseBackup, type ImportError } from './backup-import';
import type { Backup, BackupEvidence, BackupNumber, BackupSettings, BackupSite } from './backup-schema';

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  sites: number;
  evidence: number;
  numbers: number;
}

const ms = (s: string): number => Date.parse(s);

export function siteFromBackup(s: BackupSite): SiteRow {
  const { firstSeen, lastSeen, statusAt, ...rest } = s;
  return {
    ...rest,
    kinds: [...s.kinds],
    numberIds: [...s.numberIds],
    firstSeen: ms(firstSeen),
    lastSeen: ms(lastSeen),
    ...(statusAt !== undefined ? { statusAt: ms(statusAt) } : {}),
    // Derived by the merge (utils/inventory/merge.ts mergeSiteRow) when the row is written.
    risk: 0,
  };
}

export function evidenceFromBackup(e: BackupEvidence, keepId: boolean): EvidenceRow {
  const { id, at, ...rest } = e;
  return { ...rest, at: ms(at), ...(keepId && id !== undefined ? { id } : {}) };
}

export function numberFromBackup(n: BackupNumber, keepWhole: boolean): NumberRow {
  const { createdAt, whole, ...rest } = n;
  return { ...rest, createdAt: ms(createdAt), ...(keepWhole && whole ? { whole } : {}) };
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

async function writeSettings(s: BackupSettings): Promise<void> {
  await Promise.all([
    recordPrivate.setValue(s.recordPrivate),
    pausedSites.setValue(s.pausedSites),
    keepWholeNumbers.setValue(s.keepWholeNumbers),
  ]);
}

/** Writes a backup that parseBackup() accepted. Throws only if the database itself fails. */
export async function applyBackup(db: RebindDB, file: Backup, mode: ImportMode): Promise<ImportSummary> {
  const settings = settingsAfter(mode, await readSettings(), file.settings);
  // The write gate (utils/inventory/gate.ts): sites paused after the import stay out.
  const paused = new Set(settings.pausedSites);
  const keep = (site: string) => mayWrite(site, paused, { hosts: false });
  const b = { ...file, sites: file.sites.filter((s) => keep(s.site)), evidence: file.evidence.filter((e) => keep(e.site)) };
  const keepWhole = settings.keepWholeNumbers;
  let summary: ImportSummary = { sites: 0, evidence: 0, numbers: 0 };
  await db.transaction('rw', db.sites, db.evidence, db.numbers, async () => {
    if (mode === 'replace') {
      await Promise.all([db.sites.clear(), db.evidence.clear(), db.numbers.clear()]);
      const numbers = b.numbers.map((n) => numberFromBackup(n, keepWhole));
      await db.numbers.bulkAdd(numbers);
      const sources = sourcesBySite(b);
      await db.sites.bulkAdd(b.sites.map((s) => mergeSiteRow(undefined, siteFromBackup(s), numbers, sources.get(s.site))));
      await db.evidence.bulkAdd(b.evidence.map((e) => evidenceFromBackup(e, true)));
      summary = { sites: b.sites.length, evidence: b.evidence.length, numbers: b.numbers.length };
      return;
    }
    const incomingNumbers = b.numbers.map((n) => numberFromBackup(n, keepWhole));
    const prevNumbers = await db.numbers.bulkGet(incomingNumbers.map((n) => n.id));
    const numbers = incomingNumbers.map((n, i) => ({ ...n, ...prevNumbers[i] }) as NumberRow);
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
  await writeSettings(settings);
  return summary;
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary; fromVersion: number }
  | { ok: false; error: ImportError };

/** Parse, validate and write: the whole import, used by ImportBackup and the tests. */
export async function importBackupText(db: RebindDB, text: string, mode: ImportMode): Promise<ImportOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const summary = await applyBackup(db, parsed.backup, mode);
  return { ok: true, summary, fromVersion: parsed.fromVersion };
}
