// Older backup formats brought up to the current one, one version at a time (docs/EXPORT.md,
// "Versions"). Pure: parseBackup (backup-read.ts) calls these after each row passed its
// version's schema.
import { STRENGTHS, strengthRank, type Strength } from '../types';
import { BACKUP_FORMAT, type Backup, type BackupNumber, type BackupNumberV1, type BackupV0Data } from './backup-schema';
import { iso } from './json';

function strongest(list: readonly Strength[]): Strength {
  return list.reduce<Strength>((a, b) => (strengthRank(b) > strengthRank(a) ? b : a), STRENGTHS[0]);
}

/**
 * Version 0 -> 1: times become ISO strings; each site's strength is its strongest evidence and
 * its numbers are those its evidence named; settings take their defaults (whole numbers kept if
 * the file had any, since the person had chosen so).
 */
export function upgradeV0(b: BackupV0Data): Omit<Backup, 'numbers' | 'version'> & { numbers: BackupNumberV1[]; version: 1 } {
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
    version: 1,
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

/** Version 1 -> 2: numbers lose the salted hash (it identified the number; macs replace it). */
export function upgradeV1Number(n: BackupNumberV1): BackupNumber {
  const { hash: _hash, salt: _salt, ...rest } = n;
  return rest;
}
