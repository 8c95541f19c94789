// A backup written before today's site rule keys its rows the old way (a Weebly shop under
// Cash App, an Okta tenant under Okta, WeChat on the web under QQ). Every import re-keys them
// from their evidence URLs exactly as the database's version 3 upgrade does: the same function
// (utils/db/schema.ts rekeySites) with the same rule (utils/catalog/lookup.ts siteForHost).
// Rows that land on one key are joined by the one merge (utils/inventory/merge.ts mergeSiteRow).
import { siteForHost } from '../catalog/lookup';
import { rekeySites, type SiteOf } from '../db/schema';
import { mergeSiteRow } from '../inventory/merge';
import type { Backup, BackupSite } from './backup-schema';
import { evidenceFromBackup, siteFromBackup, siteToBackup } from './json';

/**
 * The rule, asked once per origin: a backup of 100,000 evidence rows names a few hundred hosts.
 * Stored URLs are checked http(s) URLs (backup-schema.ts StoredUrl), so the origin ends at the
 * first "/" after the scheme.
 */
function perOrigin(siteOf: SiteOf): SiteOf {
  const seen = new Map<string, string | null>();
  return (url) => {
    const slash = url.indexOf('/', url.indexOf('//') + 2);
    const origin = slash < 0 ? url : url.slice(0, slash);
    if (!seen.has(origin)) seen.set(origin, siteOf(url));
    return seen.get(origin)!;
  };
}

/**
 * The backup with each row under the site its evidence URLs speak for today. Evidence keeps its
 * place in the list (only its `site` changes); a row that moves whole keeps the person's status,
 * note and decision date; a row that splits gives each part its own evidence (rekeySites says
 * how). Rows without URLs stay where they are.
 */
export function rekeyBackup(b: Backup, siteOf: SiteOf = siteForHost): Backup {
  const rule = perOrigin(siteOf);
  // Positions stand in for evidence ids: a file's ids may be missing, and are kept as they are.
  const evidence = b.evidence.map((e, i) => ({ ...evidenceFromBackup(e, false), id: i + 1 }));
  const plan = rekeySites(
    b.sites.map(siteFromBackup),
    evidence,
    rule,
    undefined,
    (prev, moved) => mergeSiteRow(prev, moved, b.numbers),
  );
  if (!plan.move.length && !plan.put.length && !plan.remove.length) return b;
  const sites = new Map<string, BackupSite>(b.sites.map((s) => [s.site, s]));
  for (const key of plan.remove) sites.delete(key);
  for (const row of plan.put) sites.set(row.site, siteToBackup(row));
  const moved = b.evidence.slice();
  for (const m of plan.move) moved[m.id - 1] = { ...moved[m.id - 1]!, site: m.site };
  return { ...b, sites: [...sites.values()], evidence: moved };
}
