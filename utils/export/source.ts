// The one place the exporters meet the database: reads the inventory, resolves names and
// where-to-change guidance, and hands plain data to the pure exporters.
import { entryForSite } from '../catalog/lookup';
import type { CatalogEntry } from '../catalog/types';
import type { NumberRow, RebindDB, SiteRow } from '../db/schema';
import { guidanceFor } from '../guide/where';
import { isOpenFor } from '../inventory/status';
import { applyFilters } from './filter';
import type { IcsNumber } from './ics';
import type { Inventory } from './json';
import { riskTier } from '../inventory/risk';
import type { ExportFilters, ExportItem, Where } from './types';

type Lang = 'en' | 'zh';

/** Where to change it: utils/guide's ladder, reduced to what a checklist shows. */
export function resolveWhere(row: SiteRow, entry: CatalogEntry | undefined, lang: Lang): Where {
  const g = guidanceFor(row, entry, lang);
  return {
    ...(g.url ? { url: g.url } : {}),
    ...(g.app ? { app: g.app, appFirst: g.appFirst } : {}),
    ...(g.urlBasis ? { urlBasis: g.urlBasis } : {}),
    ...(g.app && g.appBasis ? { appBasis: g.appBasis } : {}),
    ...(g.typical ? { typical: true } : {}),
  };
}

export function displayName(row: SiteRow, entry: CatalogEntry | undefined, lang: Lang): string {
  return (lang === 'zh' ? entry?.name.zh : undefined) ?? entry?.name.en ?? row.name ?? row.site;
}

export function toItem(row: SiteRow, numbers: ReadonlyMap<string, NumberRow>, lang: Lang): ExportItem {
  const entry = entryForSite(row.site);
  const numberIds = row.numberIds ?? [];
  return {
    site: row.site,
    name: displayName(row, entry, lang),
    kinds: [...row.kinds],
    status: row.status,
    risk: row.risk,
    tier: riskTier(row.risk),
    numberIds: [...numberIds],
    numbers: numberIds.map((id) => numbers.get(id)?.label ?? id),
    where: resolveWhere(row, entry, lang),
    lastSeen: row.lastSeen,
    ...(row.note ? { note: row.note } : {}),
  };
}

export async function loadItems(db: RebindDB, filters: ExportFilters, lang: Lang): Promise<ExportItem[]> {
  const [sites, numbers] = await Promise.all([db.sites.toArray(), db.numbers.toArray()]);
  const byId = new Map(numbers.map((n) => [n.id, n]));
  return applyFilters(
    sites.map((s) => toItem(s, byId, lang)),
    filters,
  );
}

/** Numbers with a cancellation date, with how many of their sites are still to do. */
export async function loadIcsNumbers(db: RebindDB, filters: ExportFilters): Promise<IcsNumber[]> {
  const [sites, numbers] = await Promise.all([db.sites.toArray(), db.numbers.toArray()]);
  return numbers
    .filter((n): n is NumberRow & { cancelDate: string } => !!n.cancelDate)
    .filter((n) => !filters.numberId || n.id === filters.numberId)
    .map((n) => ({
      id: n.id,
      label: n.label,
      cancelDate: n.cancelDate,
      openSites: sites.filter((s) => isOpenFor(s, n.id)).length,
    }));
}

export async function loadInventory(db: RebindDB): Promise<Inventory> {
  return db.transaction('r', db.sites, db.evidence, db.numbers, async () => {
    const [sites, evidence, numbers] = await Promise.all([
      db.sites.toArray(),
      db.evidence.toArray(),
      db.numbers.toArray(),
    ]);
    return { sites, evidence, numbers };
  });
}
