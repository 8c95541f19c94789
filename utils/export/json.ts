// The JSON backup: every site, evidence row and registered number, and the settings, in the
// versioned format of backup-schema.ts. Times become ISO 8601 so the file reads (and diffs) well.
import type { EvidenceRow, NumberRow, SiteRow } from '../db/schema';
import { capStoredUrl } from '../inventory/evidence-cap';
import type { Proof } from '../inventory/proof';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupEvidence,
  type BackupNumber,
  type BackupProof,
  type BackupSettings,
  type BackupSite,
} from './backup-schema';

export interface Inventory {
  sites: SiteRow[];
  evidence: EvidenceRow[];
  numbers: NumberRow[];
}

export const iso = (ms: number): string => new Date(ms).toISOString();
export const ms = (s: string): number => Date.parse(s);

/** Copies only the keys that are set, so optional fields stay absent rather than null. */
function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
  return out;
}

export function siteToBackup(r: SiteRow): BackupSite {
  const out: BackupSite = {
    site: r.site,
    kinds: [...r.kinds],
    status: r.status,
    strength: r.strength,
    firstSeen: iso(r.firstSeen),
    lastSeen: iso(r.lastSeen),
    numberIds: [...(r.numberIds ?? [])],
    ...pick(r, ['numberAmbiguous', 'masked', 'settingsUrl', 'name', 'note'] as const),
    ...(r.statusAt !== undefined ? { statusAt: iso(r.statusAt) } : {}),
  };
  if (out.settingsUrl) out.settingsUrl = capStoredUrl(out.settingsUrl);
  if (r.proof) out.proof = proofToBackup(r.proof);
  return out;
}

export function proofToBackup(p: Proof): BackupProof {
  return {
    state: p.state,
    tail: p.tail,
    at: iso(p.at),
    oldIds: [...p.oldIds],
    ...(p.statusAt !== undefined ? { statusAt: iso(p.statusAt) } : {}),
  };
}

export function proofFromBackup(p: BackupProof): Proof {
  return {
    state: p.state,
    tail: p.tail,
    at: ms(p.at),
    oldIds: [...p.oldIds],
    ...(p.statusAt !== undefined ? { statusAt: ms(p.statusAt) } : {}),
  };
}

export function evidenceToBackup(e: EvidenceRow): BackupEvidence {
  // Written out key by key (no spreads): this runs 100,000 times for a heavy inventory.
  const out: BackupEvidence = { site: e.site, at: iso(e.at), source: e.source, strength: e.strength, kinds: [...e.kinds] };
  if (e.id !== undefined) out.id = e.id;
  if (e.url !== undefined) out.url = capStoredUrl(e.url);
  if (e.signals !== undefined) out.signals = [...e.signals];
  if (e.masked !== undefined) out.masked = [...e.masked];
  if (e.numberId !== undefined) out.numberId = e.numberId;
  if (e.detail !== undefined) out.detail = e.detail;
  return out;
}

/**
 * The whole number leaves the device only if the person chose to keep it at all. The mac stays:
 * its key never leaves this profile. Even without `whole`, the country, first and last digits and
 * length narrow the number to about 10,000 candidates: a backup identifies the number
 * (docs/EXPORT.md; backup-crypto.ts encrypts it).
 */
export function numberToBackup(n: NumberRow, keepWhole: boolean): BackupNumber {
  return {
    ...pick(n, ['id', 'label', 'country', 'prefix', 'suffix', 'nsnLength'] as const),
    ...(keepWhole && n.whole ? { whole: n.whole } : {}),
    ...pick(n, ['cancelDate'] as const),
    createdAt: iso(n.createdAt),
  } as BackupNumber;
}

export function buildBackup(inv: Inventory, settings: BackupSettings, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    sites: inv.sites.map(siteToBackup),
    evidence: inv.evidence.map(evidenceToBackup),
    numbers: inv.numbers.map((n) => numberToBackup(n, settings.keepWholeNumbers)),
    settings: { ...settings, pausedSites: [...settings.pausedSites] },
  };
}

/** A backup's site as the database holds it (risk and certainty are derived by the merge). */
export function siteFromBackup(s: BackupSite): SiteRow {
  const { firstSeen, lastSeen, statusAt, proof, ...rest } = s;
  return {
    ...rest,
    kinds: [...s.kinds],
    numberIds: [...s.numberIds],
    firstSeen: ms(firstSeen),
    lastSeen: ms(lastSeen),
    ...(statusAt !== undefined ? { statusAt: ms(statusAt) } : {}),
    ...(proof ? { proof: proofFromBackup(proof) } : {}),
    // Derived by the merge (utils/inventory/merge.ts mergeSiteRow) when the row is written.
    risk: 0,
  };
}

export function evidenceFromBackup(e: BackupEvidence, keepId: boolean): EvidenceRow {
  const { id, at, ...rest } = e;
  return { ...rest, at: ms(at), ...(keepId && id !== undefined ? { id } : {}) };
}

/** One row per line inside each table: readable, and a diff between two backups stays small. */
export function serializeBackup(b: Backup): string {
  const rows = (xs: readonly unknown[]) =>
    xs.length ? `[\n    ${xs.map((x) => JSON.stringify(x)).join(',\n    ')}\n  ]` : '[]';
  return (
    `{\n  "format": ${JSON.stringify(b.format)},\n  "version": ${b.version},\n` +
    `  "exportedAt": ${JSON.stringify(b.exportedAt)},\n` +
    `  "settings": ${JSON.stringify(b.settings)},\n` +
    `  "numbers": ${rows(b.numbers)},\n  "sites": ${rows(b.sites)},\n  "evidence": ${rows(b.evidence)}\n}\n`
  );
}
