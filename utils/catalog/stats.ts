// Counts over the catalog, for `npm run catalog -- stats` and other tools.
import type { CatalogEntry } from './types';

export interface CatalogStats {
  sites: number;
  /** Sites whose entry names at least one way the account uses a phone number. */
  withPhoneUse: number;
  byKind: Record<string, number>;
  /** Region code -> sites; "global" counts sites with no region. */
  byRegion: Record<string, number>;
  byCategory: Record<string, number>;
  withWebUrl: number;
  withAppPath: number;
  withSecurityUrl: number;
  withDeletion: number;
  curated: number;
  generated: number;
  domains: number;
}

const bump = (o: Record<string, number>, k: string) => {
  o[k] = (o[k] ?? 0) + 1;
};
const sorted = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));

export function catalogStats(entries: readonly CatalogEntry[]): CatalogStats {
  const byKind: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  let withPhoneUse = 0, withWebUrl = 0, withAppPath = 0, withSecurityUrl = 0, withDeletion = 0;
  let curated = 0, domains = 0;
  for (const e of entries) {
    if (e.kinds.length) withPhoneUse++;
    for (const k of e.kinds) bump(byKind, k);
    for (const r of e.regions?.length ? e.regions : ['global']) bump(byRegion, r);
    bump(byCategory, e.category);
    if (e.phone?.url) withWebUrl++;
    if (e.phone?.app) withAppPath++;
    if (e.securityUrl) withSecurityUrl++;
    if (e.deletion) withDeletion++;
    if (e.origin === 'curated') curated++;
    domains += e.domains.length;
  }
  return {
    sites: entries.length,
    withPhoneUse,
    byKind: sorted(byKind),
    byRegion: sorted(byRegion),
    byCategory: sorted(byCategory),
    withWebUrl,
    withAppPath,
    withSecurityUrl,
    withDeletion,
    curated,
    generated: entries.length - curated,
    domains,
  };
}
