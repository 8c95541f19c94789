// Reading a backup file: size, JSON, forbidden keys, format and version, schema, references,
// all checked before anything is written. The result is a current-version Backup or one error
// that says what is wrong and where (a path like sites[12].status).
import * as v from 'valibot';
import { STRENGTHS, strengthRank, type Strength } from '../types';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupV0,
  BackupV1,
  MAX_BACKUP_BYTES,
  type Backup,
  type BackupV0Data,
} from './backup-schema';
import { iso } from './json';
import type { Translate } from './types';

export type ImportErrorCode =
  | 'tooLarge'
  | 'empty'
  | 'notJson'
  | 'truncated'
  | 'forbiddenKey'
  | 'notBackup'
  | 'newer'
  | 'badVersion'
  | 'invalid'
  | 'duplicate'
  | 'unknownRef';

export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, e.g. "sites[3].firstSeen"; empty for the whole file. */
  path?: string;
  /** Extra facts for the message: the version found, the expected form, the size. */
  detail?: string;
  /** What kind of problem at path (a valibot message code such as "date", "markup", "url"). */
  problem?: string;
}

export type ParseResult = { ok: true; backup: Backup; fromVersion: number } | { ok: false; error: ImportError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const pathString = (parts: readonly (string | number)[]): string =>
  parts.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)),
    '',
  );

/** First key that could poison prototypes if a later step spread the object. */
function findForbiddenKey(root: unknown): string | null {
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        if (node[i] !== null && typeof node[i] === 'object') stack.push([node[i], [...path, i]]);
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (FORBIDDEN_KEYS.has(key)) return pathString([...path, key]);
        const child = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push([child, [...path, key]]);
      }
    }
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

function schemaError(issues: readonly v.BaseIssue<unknown>[]): ImportError {
  const issue = issues[0]!;
  const path = pathString((issue.path ?? []).map((p) => p.key as string | number));
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { code: 'invalid', path, problem: 'extraKey' };
  }
  if (issue.input === undefined && issue.kind === 'schema') return { code: 'invalid', path, problem: 'missing' };
  const custom = ['date', 'day', 'markup', 'url', 'site'];
  if (custom.includes(issue.message)) return { code: 'invalid', path, problem: issue.message };
  return { code: 'invalid', path, problem: 'type', detail: `${issue.expected ?? ''} ≠ ${issue.received}` };
}

function strongest(list: readonly Strength[]): Strength {
  return list.reduce<Strength>((a, b) => (strengthRank(b) > strengthRank(a) ? b : a), STRENGTHS[0]);
}

/**
 * Version 0 -> 1: times become ISO strings; each site's strength is its strongest evidence and
 * its numbers are those its evidence named; settings take their defaults (whole numbers kept if
 * the file had any, since the person had chosen so).
 */
export function upgradeV0(b: BackupV0Data): Backup {
  const bySite = new Map<string, { strengths: Strength[]; numbers: Set<string> }>();
  for (const e of b.evidence) {
    const s = bySite.get(e.site) ?? { strengths: [], numbers: new Set<string>() };
    s.strengths.push(e.strength);
    if (e.numberId) s.numbers.add(e.numberId);
    bySite.set(e.site, s);
  }
  const known = new Set(b.numbers.map((n) => n.id));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(b.exportedAt),
    sites: b.sites.map(({ firstSeen, lastSeen, statusAt, kinds, status, ...rest }) => {
      const ev = bySite.get(rest.site);
      return {
        ...rest,
        kinds: kinds ?? [],
        status: status ?? 'todo',
        strength: strongest(ev?.strengths ?? []),
        firstSeen: iso(firstSeen),
        lastSeen: iso(lastSeen),
        numberIds: [...(ev?.numbers ?? [])].filter((id) => known.has(id)),
        ...(statusAt !== undefined ? { statusAt: iso(statusAt) } : {}),
      };
    }),
    evidence: b.evidence.map((e) => ({ ...e, at: iso(e.at) })),
    numbers: b.numbers.map((n) => ({ ...n, createdAt: iso(n.createdAt) })),
    settings: {
      recordPrivate: false,
      pausedSites: [],
      keepWholeNumbers: b.numbers.some((n) => n.whole !== undefined),
    },
  };
}

/** Keys that must be unique, and ids that must point at something in the same file. */
function checkReferences(b: Backup): ImportError | null {
  const sites = new Set<string>();
  for (const [i, s] of b.sites.entries()) {
    if (sites.has(s.site)) return { code: 'duplicate', path: `sites[${i}].site`, detail: s.site };
    sites.add(s.site);
  }
  const numbers = new Set<string>();
  for (const [i, n] of b.numbers.entries()) {
    if (numbers.has(n.id)) return { code: 'duplicate', path: `numbers[${i}].id`, detail: n.id };
    numbers.add(n.id);
  }
  for (const [i, s] of b.sites.entries()) {
    for (const [j, id] of s.numberIds.entries()) {
      if (!numbers.has(id)) return { code: 'unknownRef', path: `sites[${i}].numberIds[${j}]`, detail: id };
    }
  }
  const ids = new Set<number>();
  for (const [i, e] of b.evidence.entries()) {
    if (!sites.has(e.site)) return { code: 'unknownRef', path: `evidence[${i}].site`, detail: e.site };
    if (e.numberId !== undefined && !numbers.has(e.numberId)) {
      return { code: 'unknownRef', path: `evidence[${i}].numberId`, detail: e.numberId };
    }
    if (e.id !== undefined) {
      if (ids.has(e.id)) return { code: 'duplicate', path: `evidence[${i}].id`, detail: String(e.id) };
      ids.add(e.id);
    }
  }
  return null;
}

export function parseBackup(text: string): ParseResult {
  // Length in UTF-16 units is at most the byte size; the file's byte size is checked before reading.
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: { code: 'tooLarge' } };
  if (!text.trim()) return { ok: false, error: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const truncated = /end of (JSON )?input|Unterminated/i.test(message);
    return {
      ok: false,
      error: { code: truncated ? 'truncated' : 'notJson', detail: jsonPosition(text, message) },
    };
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden) return { ok: false, error: { code: 'forbiddenKey', path: forbidden } };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: { code: 'notBackup' } };
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return { ok: false, error: { code: 'notBackup', path: 'format' } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: { code: 'badVersion', path: 'version', detail: JSON.stringify(version) ?? '' } };
  }
  if (version > BACKUP_VERSION) {
    return { ok: false, error: { code: 'newer', path: 'version', detail: String(version) } };
  }
  let backup: Backup;
  if (version === 0) {
    const r = v.safeParse(BackupV0, data, { abortEarly: true });
    if (!r.success) return { ok: false, error: schemaError(r.issues) };
    backup = upgradeV0(r.output);
  } else {
    const r = v.safeParse(BackupV1, data, { abortEarly: true });
    if (!r.success) return { ok: false, error: schemaError(r.issues) };
    backup = r.output;
  }
  const ref = checkReferences(backup);
  return ref ? { ok: false, error: ref } : { ok: true, backup, fromVersion: version };
}

/** The message shown to the person: what is wrong, where, and that nothing changed. */
export function importErrorMessage(err: ImportError, t: Translate): string {
  const mb = String(Math.round(MAX_BACKUP_BYTES / 1024 / 1024));
  const what = ((): string => {
    switch (err.code) {
      case 'tooLarge':
        return t('export_err_tooLarge', mb);
      case 'notJson':
        return err.detail ? t('export_err_notJsonAt', err.detail.split(':')) : t('export_err_notJson');
      case 'newer':
        return t('export_err_newer', [err.detail ?? '?', BACKUP_VERSION]);
      case 'badVersion':
        return t('export_err_badVersion', err.detail ?? '?');
      case 'duplicate':
      case 'unknownRef':
        return t(`export_err_${err.code}`, err.detail ?? '');
      case 'invalid':
        return err.problem && err.problem !== 'type'
          ? t(`export_err_${err.problem}`)
          : t('export_err_type', err.detail ?? '');
      default:
        return t(`export_err_${err.code}`);
    }
  })();
  const where = err.path ? t('export_err_where', err.path) : '';
  return [what, where, t('export_err_nothing')].filter(Boolean).join(' ');
}
