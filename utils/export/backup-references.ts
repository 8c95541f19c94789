// What one row of a backup may refer to: keys that must be unique, ids that must point at
// something in the same file, URLs that must be on their row's site. Checked after each row
// passed its schema (backup-read.ts).
import { entryForSite, siteForHost } from '../catalog/lookup';
import { identify } from '../catalog/identity';
import { hostnameOf } from '../url';
import type { Skipped } from './backup-read';
import type { Backup, BackupEvidence, BackupNumber, BackupSite } from './backup-schema';

/** Whether a URL is on the row's own site (a backup must not plant links to other domains). */
export function urlOnSite(url: string, site: string): boolean {
  const host = hostnameOf(url);
  if (!host) return false;
  // Site keys may be written in Unicode ("例子.中国"), URLs are in punycode.
  let ascii = site;
  try {
    ascii = new URL(`http://${site}/`).hostname;
  } catch {
    /* not a host name: compared as it is */
  }
  if ([site, ascii].some((s) => host === s || host.endsWith(`.${s}`))) return true;
  const id = identify(host);
  const domain = id && id.kind !== 'suffix' ? id.key : null;
  if (domain === site || siteForHost(host) === site) return true;
  return !!domain && !!entryForSite(site)?.domains.includes(domain);
}

/** Where each row kept so far stood in the file, for the notes on rows left out. */
export interface RowPlaces {
  sites: number[];
  evidence: number[];
  numbers: number[];
}

/**
 * Keys that must be unique and ids that must point at something in the same file. A row that
 * breaks one is left out; an unknown number id is dropped from a row that is otherwise fine.
 */
export function checkReferences(b: Backup, skipped: Skipped[], at: RowPlaces): { backup: Backup; at: RowPlaces } {
  const numbers: BackupNumber[] = [];
  const kept: RowPlaces = { sites: [], evidence: [], numbers: [] };
  const numberIds = new Set<string>();
  b.numbers.forEach((n, i) => {
    if (numberIds.has(n.id)) skipped.push({ path: `numbers[${at.numbers[i]}].id`, problem: 'duplicate', detail: n.id });
    else {
      numberIds.add(n.id);
      numbers.push(n);
      kept.numbers.push(at.numbers[i]!);
    }
  });
  const sites: BackupSite[] = [];
  const siteKeys = new Set<string>();
  b.sites.forEach((s, i) => {
    const path = `sites[${at.sites[i]}]`;
    if (siteKeys.has(s.site)) {
      skipped.push({ path: `${path}.site`, problem: 'duplicate', detail: s.site });
      return;
    }
    siteKeys.add(s.site);
    const row: BackupSite = { ...s };
    const ids = s.numberIds.filter((id, j) => {
      if (numberIds.has(id)) return true;
      skipped.push({ path: `${path}.numberIds[${j}]`, problem: 'unknownRef', detail: id, fieldOnly: true });
      return false;
    });
    row.numberIds = ids;
    if (s.proof) {
      const oldIds = s.proof.oldIds.filter((id, j) => {
        if (numberIds.has(id)) return true;
        skipped.push({ path: `${path}.proof.oldIds[${j}]`, problem: 'unknownRef', detail: id, fieldOnly: true });
        return false;
      });
      row.proof = { ...s.proof, oldIds };
    }
    sites.push(row);
    kept.sites.push(at.sites[i]!);
  });
  const evidence: BackupEvidence[] = [];
  const evidenceIds = new Set<number>();
  b.evidence.forEach((e, i) => {
    const path = `evidence[${at.evidence[i]}]`;
    if (!siteKeys.has(e.site)) return skipped.push({ path: `${path}.site`, problem: 'unknownRef', detail: e.site });
    if (e.numberId !== undefined && !numberIds.has(e.numberId)) {
      return skipped.push({ path: `${path}.numberId`, problem: 'unknownRef', detail: e.numberId });
    }
    if (e.id !== undefined) {
      if (evidenceIds.has(e.id)) return skipped.push({ path: `${path}.id`, problem: 'duplicate', detail: String(e.id) });
      evidenceIds.add(e.id);
    }
    evidence.push(e);
    kept.evidence.push(at.evidence[i]!);
  });
  return { backup: { ...b, sites, evidence, numbers }, at: kept };
}

/**
 * URLs must be on their row's site: a shared backup must not plant links to other domains. A
 * foreign URL is dropped from a row that is otherwise fine. Run after the rows were re-keyed
 * (backup-rekey.ts), so a row keyed the old way is judged under the site it speaks for today.
 * `siteAt` names the file position of each site key the file had (rows split off by the
 * re-keying have none, and are named by their key).
 */
export function checkUrls(b: Backup, skipped: Skipped[], siteAt: ReadonlyMap<string, number>, evidenceAt: readonly number[]): Backup {
  const sites = b.sites.map((s) => {
    if (!s.settingsUrl || urlOnSite(s.settingsUrl, s.site)) return s;
    const i = siteAt.get(s.site);
    const path = i === undefined ? `sites[${JSON.stringify(s.site)}]` : `sites[${i}]`;
    skipped.push({ path: `${path}.settingsUrl`, problem: 'foreignUrl', detail: s.settingsUrl, fieldOnly: true });
    const { settingsUrl: _dropped, ...row } = s;
    return row;
  });
  const evidence = b.evidence.map((e, i) => {
    if (!e.url || urlOnSite(e.url, e.site)) return e;
    skipped.push({ path: `evidence[${evidenceAt[i]}].url`, problem: 'foreignUrl', detail: e.url, fieldOnly: true });
    const { url: _dropped, ...row } = e;
    return row;
  });
  return { ...b, sites, evidence };
}
