// The JSON backup's schema (docs/EXPORT.md), one valibot schema per format version.
// Strict objects: an unknown key is an error, never silently carried into the database.
import * as v from 'valibot';
import { capStoredUrl, MAX_READ_URL } from '../inventory/evidence-cap';
import { EVIDENCE_SOURCES, KINDS, STATUSES, STRENGTHS } from '../types';

export const BACKUP_FORMAT = 'rebind-backup';
export const BACKUP_VERSION = 3;
/** A backup nests four levels (file, table, row, list); deeper input is refused before parsing. */
export const MAX_BACKUP_DEPTH = 8;
/** Larger files are refused before reading: a backup of 5,000 sites and 100,000 evidence rows is ~24 MB (bench/export.bench.ts). */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

// Custom messages are codes, turned into the person's language by importErrorMessage().
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Date.parse accepts 2025-02-30 as 2 March: only dates that print back the same are real. */
const realDay = (s: string) => {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};
const realTime = (s: string) => ISO_RE.test(s) && realDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s));

export const IsoTime = v.pipe(v.string('date'), v.check(realTime, 'date'));
/** Same rule as utils/numbers/numbers.ts checkDate, so every stored cancelDate comes back in. */
export const Day = v.pipe(
  v.string('day'),
  v.regex(DAY_RE, 'day'),
  v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'day'),
);
const EpochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(253402300799999));

/**
 * Free text (labels, names, notes) is data: every exporter and screen escapes it, so "Work <old>"
 * is a fine label and comes back as typed. Control characters other than tab and line breaks
 * have no business in it. Versions 0 and 1 refused tags; files that passed that pass this.
 */
const text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.check((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'control'));
/** A site key: a host name (any script), an IP, or a catalog key; never markup or a path. */
export const SiteKey = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(253),
  v.check((s) => !/[\s<>"'`\\/?#\u0000-\u001f]/.test(s) && s === s.toLowerCase(), 'site'),
);
/**
 * Stored URLs are http(s) without query, fragment or credentials (utils/url.ts stripUrl). Longer
 * than the store keeps (utils/inventory/evidence-cap.ts) is cut to the page's origin, not refused:
 * a database from before the cap may hold such URLs, and its backup must come back in.
 */
export const StoredUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_READ_URL),
  v.check((s) => {
    try {
      const u = new URL(s);
      return /^https?:$/.test(u.protocol) && !u.search && !u.hash && !u.username && !u.password && !/[?#]/.test(s);
    } catch {
      return false;
    }
  }, 'url'),
  v.transform(capStoredUrl),
);
const Kinds = v.array(v.picklist(KINDS));
const Strs = (max: number) => v.pipe(v.array(text(max)), v.maxLength(1000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(128), v.regex(/^[\w.:-]+$/, 'id'));

// ---- version 3 (current) ----
// Sites carry `proof`: what a site showed after the person marked it changed or unbound
// (utils/inventory/proof.ts). A version 2 reader refuses unknown keys, hence the new version.
export const PROOF_STATES = ['old', 'new', 'unclear'] as const;
export const ProofV3 = v.strictObject({
  state: v.picklist(PROOF_STATES),
  /** Last digits the site showed (at most 4); empty for a sign-in with the old number. */
  tail: v.pipe(v.string(), v.regex(/^\d{0,4}$/)),
  at: IsoTime,
  oldIds: v.pipe(v.array(Id), v.maxLength(100)),
  statusAt: v.optional(IsoTime),
});

// ---- version 2 ----
// Numbers carry no fingerprint: the mac is under a key that never leaves the profile, so it would
// mean nothing elsewhere. A number with `whole` gets its mac again on import; one without is
// matched to masked displays only until the person enters it again.
export const NumberV2 = v.strictObject({
  id: Id,
  label: text(100),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  prefix: v.pipe(v.string(), v.regex(/^\d{0,8}$/)),
  suffix: v.pipe(v.string(), v.regex(/^\d{0,8}$/)),
  /** 0: not known (a number kept from Rebind's first version). */
  nsnLength: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(17)),
  whole: v.optional(v.pipe(v.string(), v.regex(/^\+\d{4,17}$/))),
  cancelDate: v.optional(Day),
  createdAt: IsoTime,
});

// ---- version 1 ----
export const SiteV1 = v.strictObject({
  site: SiteKey,
  kinds: Kinds,
  status: v.picklist(STATUSES),
  strength: v.picklist(STRENGTHS),
  firstSeen: IsoTime,
  lastSeen: IsoTime,
  numberIds: v.array(Id),
  numberAmbiguous: v.optional(v.boolean()),
  masked: v.optional(Strs(64)),
  settingsUrl: v.optional(StoredUrl),
  name: v.optional(text(200)),
  note: v.optional(text(4000)),
  statusAt: v.optional(IsoTime),
});

export const SiteV3 = v.strictObject({
  ...SiteV1.entries,
  proof: v.optional(ProofV3),
});

export const EvidenceV1 = v.strictObject({
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  site: SiteKey,
  at: IsoTime,
  source: v.picklist(EVIDENCE_SOURCES),
  strength: v.picklist(STRENGTHS),
  kinds: Kinds,
  url: v.optional(StoredUrl),
  signals: v.optional(Strs(200)),
  masked: v.optional(Strs(64)),
  numberId: v.optional(Id),
  detail: v.optional(text(500)),
});

export const NumberV1 = v.strictObject({
  id: Id,
  label: text(100),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  prefix: v.pipe(v.string(), v.regex(/^\d{0,8}$/)),
  suffix: v.pipe(v.string(), v.regex(/^\d{0,8}$/)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,128}$/i)),
  salt: Id,
  nsnLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(17)),
  whole: v.optional(v.pipe(v.string(), v.regex(/^\+\d{4,17}$/))),
  cancelDate: v.optional(Day),
  createdAt: IsoTime,
});

export const SettingsV1 = v.strictObject({
  recordPrivate: v.boolean(),
  pausedSites: v.pipe(v.array(SiteKey), v.maxLength(100000)),
  keepWholeNumbers: v.boolean(),
});

/** The file around the rows: checked whole. Rows are checked one by one (backup-read.ts). */
export const EnvelopeV1 = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  exportedAt: IsoTime,
  sites: v.array(v.unknown()),
  evidence: v.array(v.unknown()),
  numbers: v.array(v.unknown()),
  settings: v.unknown(),
});

export type BackupSite = v.InferOutput<typeof SiteV3>;
export type BackupProof = v.InferOutput<typeof ProofV3>;
export type BackupEvidence = v.InferOutput<typeof EvidenceV1>;
export type BackupNumber = v.InferOutput<typeof NumberV2>;
export type BackupNumberV1 = v.InferOutput<typeof NumberV1>;
export type BackupSettings = v.InferOutput<typeof SettingsV1>;
/** A backup of the current version, as read or about to be written. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  sites: BackupSite[];
  evidence: BackupEvidence[];
  numbers: BackupNumber[];
  settings: BackupSettings;
}

// ---- version 0 ----
// The rows of database version 1 (utils/db/schema.ts V1_STORES) as they were: times in epoch
// milliseconds, sites without strength or numberIds, no settings. upgradeV0 makes it version 1.
export const SiteV0 = v.strictObject({
  site: SiteKey,
  kinds: v.optional(Kinds),
  status: v.optional(v.picklist(STATUSES)),
  firstSeen: EpochMs,
  lastSeen: EpochMs,
  masked: v.optional(Strs(64)),
  settingsUrl: v.optional(StoredUrl),
  name: v.optional(text(200)),
  note: v.optional(text(4000)),
  statusAt: v.optional(EpochMs),
});
export const EvidenceV0 = v.strictObject({
  ...EvidenceV1.entries,
  at: EpochMs,
});
export const NumberV0 = v.strictObject({
  ...NumberV1.entries,
  createdAt: EpochMs,
});
export const EnvelopeV0 = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(0),
  exportedAt: EpochMs,
  sites: v.array(v.unknown()),
  evidence: v.array(v.unknown()),
  numbers: v.array(v.unknown()),
});
export interface BackupV0Data {
  exportedAt: number;
  sites: v.InferOutput<typeof SiteV0>[];
  evidence: v.InferOutput<typeof EvidenceV0>[];
  numbers: v.InferOutput<typeof NumberV0>[];
}

/** The row schemas of each version, for the row-by-row reader. */
export const ROWS = {
  0: { sites: SiteV0, evidence: EvidenceV0, numbers: NumberV0 },
  1: { sites: SiteV1, evidence: EvidenceV1, numbers: NumberV1 },
  2: { sites: SiteV1, evidence: EvidenceV1, numbers: NumberV2 },
  3: { sites: SiteV3, evidence: EvidenceV1, numbers: NumberV2 },
} as const;

/**
 * Fields checked on their own before their row: a bad value drops the field and is named, the
 * row still comes in (a damaged proof must not cost the person's decision about the site).
 */
export const FIELDS_ON_THEIR_OWN = {
  sites: { proof: ProofV3 },
} as const;
