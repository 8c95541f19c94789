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

/**
 * Keys that must be unique, ids that must point at something in the same file, URLs that must
 * be on their row's site. A row that breaks one is left out; a foreign URL or an unknown number
 * id is dropped from a row that is otherwise fine.
 */
export function checkReferences(b: Backup, skipped: Skipped[], at: { sites: number[]; evidence: number[]; numbers: number[] }): Backup {
  const numbers: BackupNumber[] = [];
  const numberIds = new Set<string>();
  b.numbers.forEach((n, i) => {
    if (numberIds.has(n.id)) skipped.push({ path: `numbers[${at.numbers[i]}].id`, problem: 'duplicate', detail: n.id });
    else {
      numberIds.add(n.id);
      numbers.push(n);
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
    if (row.settingsUrl && !urlOnSite(row.settingsUrl, row.site)) {
      skipped.push({ path: `${path}.settingsUrl`, problem: 'foreignUrl', detail: row.settingsUrl, fieldOnly: true });
      delete row.settingsUrl;
    }
    sites.push(row);
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
    const row: BackupEvidence = { ...e };
    if (row.url && !urlOnSite(row.url, row.site)) {
      skipped.push({ path: `${path}.url`, problem: 'foreignUrl', detail: row.url, fieldOnly: true });
      delete row.url;
    }
    evidence.push(row);
  });
  return { ...b, sites, evidence, numbers };
}
