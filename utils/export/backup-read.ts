// Reading a backup file. The file as a whole (size, depth, JSON, format and version, its
// envelope) must be right or nothing is read; then each row is checked on its own, and a bad
// row is left out with a note saying where and why, so one bad row never costs the rest.
// Nothing is written here: the result is a current-version Backup plus the rows left out.
// Older formats are brought up by backup-upgrade.ts, references checked by
// backup-references.ts, rows keyed by an older site rule re-keyed by backup-rekey.ts, and the
// person reads the outcome through backup-messages.ts.
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  EnvelopeV0,
  EnvelopeV1,
  FIELDS_ON_THEIR_OWN,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  ROWS,
  SettingsV1,
  type Backup,
  type BackupEvidence,
  type BackupNumber,
  type BackupNumberV1,
  type BackupSite,
  type BackupV0Data,
} from './backup-schema';
import { checkReferences, checkUrls } from './backup-references';
import { rekeyBackup } from './backup-rekey';
import { upgradeV0, upgradeV1Number } from './backup-upgrade';

export type ImportErrorCode =
  | 'tooLarge'
  | 'empty'
  | 'notJson'
  | 'truncated'
  | 'tooDeep'
  | 'encoding'
  | 'forbiddenKey'
  | 'notBackup'
  | 'newer'
  | 'badVersion'
  | 'invalid';

export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, e.g. "exportedAt"; empty for the whole file. */
  path?: string;
  /** Extra facts for the message: the version found, the expected form, the size. */
  detail?: string;
  /** What kind of problem at path (a valibot message code such as "date", "url"). */
  problem?: string;
}

/** A row left out (or a field dropped from a row), and why. */
export interface Skipped {
  /** Where, e.g. "sites[12].status". */
  path: string;
  /** A problem code: extraKey, missing, type, date, day, url, site, id, control, forbiddenKey,
   * duplicate, unknownRef, foreignUrl, settings. */
  problem: string;
  detail?: string;
  /** true: only this field was dropped, the row itself came in. */
  fieldOnly?: boolean;
}

export type ParseResult =
  | { ok: true; backup: Backup; fromVersion: number; skipped: Skipped[]; settingsInFile: boolean }
  | { ok: false; error: ImportError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const pathString = (parts: readonly (string | number)[]): string =>
  parts.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)),
    '',
  );

/**
 * How deeply the JSON text nests, counted on the text before it is parsed (strings skipped), and
 * given up on as soon as it passes `limit`: 1 MB of "[[[[" costs one short scan.
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/**
 * The first forbidden key under `node`, as a path relative to it, or null. Depth is bounded by
 * nestingDepth already; the path is built only on the way back from a hit, never copied per node.
 */
export function forbiddenKeyIn(node: unknown): string | null {
  if (node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const hit = forbiddenKeyIn(node[i]);
      if (hit !== null) return `[${i}]${hit && !hit.startsWith('[') ? '.' : ''}${hit}`;
    }
    return null;
  }
  for (const key of Object.keys(node)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const hit = forbiddenKeyIn((node as Record<string, unknown>)[key]);
    if (hit !== null) return `${key}${hit.startsWith('[') ? '' : '.'}${hit}`;
  }
  return null;
}

/** "at position 1234" in V8's message -> "3:17" (line:column), when the engine says where. */
function jsonPosition(text: string, message: string): string | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `${line}:${pos - before.lastIndexOf('\n')}`;
}

const CUSTOM_PROBLEMS = ['date', 'day', 'url', 'site', 'id', 'control'];

function issueOf(issues: readonly v.BaseIssue<unknown>[], prefix: string): Skipped {
  const issue = issues[0]!;
  const rel = pathString((issue.path ?? []).map((p) => p.key as string | number));
  const path = rel ? (rel.startsWith('[') || !prefix ? `${prefix}${rel}` : `${prefix}.${rel}`) : prefix;
  if (issue.type === 'strict_object' && issue.expected === 'never') return { path, problem: 'extraKey' };
  if (issue.input === undefined && issue.kind === 'schema') return { path, problem: 'missing' };
  if (CUSTOM_PROBLEMS.includes(issue.message)) return { path, problem: issue.message };
  return { path, problem: 'type', detail: `${issue.expected ?? ''} ≠ ${issue.received}` };
}

/**
 * Each row of one table through its schema; bad rows are noted and left out. Fields in `own`
 * are checked first on their own: a bad one is noted and dropped, and the row still comes in.
 */
function readRows<T>(
  table: 'sites' | 'evidence' | 'numbers',
  rows: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
  skipped: Skipped[],
  own: Readonly<Record<string, v.GenericSchema>> = {},
): { row: T; index: number }[] {
  const out: { row: T; index: number }[] = [];
  rows.forEach((raw, index) => {
    const path = `${table}[${index}]`;
    const forbidden = forbiddenKeyIn(raw);
    if (forbidden !== null) {
      skipped.push({ path: `${path}${forbidden.startsWith('[') ? '' : '.'}${forbidden}`, problem: 'forbiddenKey' });
      return;
    }
    let row = raw;
    const dropped: Skipped[] = [];
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const [key, fieldSchema] of Object.entries(own)) {
        if (!Object.hasOwn(raw, key)) continue;
        const f = v.safeParse(fieldSchema, (raw as Record<string, unknown>)[key], { abortEarly: true });
        if (f.success) continue;
        dropped.push({ ...issueOf(f.issues, `${path}.${key}`), fieldOnly: true });
        const { [key]: _bad, ...rest } = row as Record<string, unknown>;
        row = rest;
      }
    }
    const r = v.safeParse(schema, row, { abortEarly: true });
    if (r.success) {
      out.push({ row: r.output, index });
      skipped.push(...dropped);
    } else skipped.push(issueOf(r.issues, path));
  });
  return out;
}

const fail = (error: ImportError): ParseResult => ({ ok: false, error });

/** The default settings, used when a file's settings can't be read (they are then left alone). */
const NO_SETTINGS = { recordPrivate: false, pausedSites: [], keepWholeNumbers: false };

export function parseBackup(text: string): ParseResult {
  // Length in UTF-16 units is at most the byte size; the file's byte size is checked before reading.
  if (text.length > MAX_BACKUP_BYTES) return fail({ code: 'tooLarge' });
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail({ code: 'empty' });
  // Depth first: JSON.parse and every walk after it are then bounded.
  if (nestingDepth(body, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return fail({ code: 'tooDeep', detail: String(MAX_BACKUP_DEPTH) });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The parser stopped at the very end of the text: the file was cut off, not mistyped.
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
    const truncated = /end of (JSON )?input|Unterminated/i.test(message) || at >= body.trimEnd().length;
    return fail({ code: truncated ? 'truncated' : 'notJson', detail: jsonPosition(body, message) });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail({ code: 'notBackup' });
  // Format and version before anything else is looked at.
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return fail({ code: 'notBackup', path: 'format' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail({ code: 'badVersion', path: 'version', detail: JSON.stringify(version) ?? '' });
  }
  if (version > BACKUP_VERSION) return fail({ code: 'newer', path: 'version', detail: String(version) });
  for (const key of Object.keys(data)) {
    if (FORBIDDEN_KEYS.has(key)) return fail({ code: 'forbiddenKey', path: key });
  }
  const envelope = v.safeParse(version === 0 ? EnvelopeV0 : EnvelopeV1, data, { abortEarly: true });
  if (!envelope.success) {
    const issue = issueOf(envelope.issues, '');
    return fail({ code: 'invalid', path: issue.path, problem: issue.problem, ...(issue.detail ? { detail: issue.detail } : {}) });
  }
  const file = data as { sites: unknown[]; evidence: unknown[]; numbers: unknown[]; settings?: unknown; exportedAt: unknown };
  const skipped: Skipped[] = [];
  const schemas = ROWS[version as 0 | 1 | 2 | 3];
  // Proof arrived with version 3; in older files it is an unknown key like any other.
  const ownFields = version >= 3 ? FIELDS_ON_THEIR_OWN.sites : {};
  const sites = readRows('sites', file.sites, schemas.sites as v.GenericSchema<unknown, unknown>, skipped, ownFields);
  const evidence = readRows('evidence', file.evidence, schemas.evidence as v.GenericSchema<unknown, unknown>, skipped);
  const numbers = readRows('numbers', file.numbers, schemas.numbers as v.GenericSchema<unknown, unknown>, skipped);
  const at = { sites: sites.map((r) => r.index), evidence: evidence.map((r) => r.index), numbers: numbers.map((r) => r.index) };

  let settingsInFile = version > 0;
  let settings: Backup['settings'] = NO_SETTINGS;
  if (version > 0) {
    const forbidden = forbiddenKeyIn(file.settings);
    const r = forbidden === null ? v.safeParse(SettingsV1, file.settings, { abortEarly: true }) : null;
    if (r?.success) settings = r.output;
    else {
      // The file's settings are left alone (this device's stay); the rows still come in.
      settingsInFile = false;
      skipped.push(
        forbidden !== null
          ? { path: `settings.${forbidden}`, problem: 'forbiddenKey' }
          : { ...issueOf(r!.issues, 'settings'), problem: 'settings' },
      );
    }
  }

  let backup: Backup;
  if (version === 0) {
    const up = upgradeV0({
      exportedAt: file.exportedAt as number,
      sites: sites.map((r) => r.row) as BackupV0Data['sites'],
      evidence: evidence.map((r) => r.row) as BackupV0Data['evidence'],
      numbers: numbers.map((r) => r.row) as BackupV0Data['numbers'],
    });
    backup = { ...up, version: BACKUP_VERSION, numbers: up.numbers.map(upgradeV1Number) };
  } else {
    const list = numbers.map((r) => r.row);
    backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: file.exportedAt as string,
      sites: sites.map((r) => r.row) as BackupSite[],
      evidence: evidence.map((r) => r.row) as BackupEvidence[],
      numbers: version === 1 ? (list as BackupNumberV1[]).map(upgradeV1Number) : (list as BackupNumber[]),
      settings,
    };
  }
  const checked = checkReferences(backup, skipped, at);
  const siteAt = new Map(checked.backup.sites.map((s, i) => [s.site, checked.at.sites[i]!]));
  // Rows keyed by an older site rule go where their pages belong before their links are judged.
  backup = checkUrls(rekeyBackup(checked.backup), skipped, siteAt, checked.at.evidence);
  return { ok: true, backup, fromVersion: version, skipped, settingsInFile };
}
