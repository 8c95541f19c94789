// The one place the exporters meet the database: reads the inventory, resolves names and
// where-to-change guidance, and hands plain data to the pure exporters.
import { entryForSite } from '../catalog/lookup';
import type { CatalogEntry } from '../catalog/types';
import type { NumberRow, RebindDB, SiteRow } from '../db/schema';
import { guidanceFor } from '../guide/where';
import { checklist, type ChecklistItem } from '../inventory/checklist';
import { currentProof } from '../inventory/proof';
import type { IcsNumber } from './ics';
import type { Inventory } from './json';
import type { ExportFilters, ExportItem, ExportList, Where } from './types';

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

export function toItem(item: ChecklistItem, numbers: ReadonlyMap<string, NumberRow>, lang: Lang, numberId = ''): ExportItem {
  const { row } = item;
  const entry = entryForSite(row.site);
  const numberIds = row.numberIds ?? [];
  const proof = currentProof(row);
  return {
    site: row.site,
    name: displayName(row, entry, lang),
    kinds: [...row.kinds],
    status: row.status,
    ...(proof ? { proof: { state: proof.state, tail: proof.tail } } : {}),
    impact: item.impact,
    certainty: item.certainty,
    numberIds: [...numberIds],
    numbers: numberIds.map((id) => numbers.get(id)?.label ?? id),
    numberUnconfirmed: !!numberId && item.numberUnconfirmed,
    where: resolveWhere(row, entry, lang),
    lastSeen: row.lastSeen,
    ...(row.note ? { note: row.note } : {}),
  };
}

/**
 * The checklist (utils/inventory/checklist.ts) for the filters' number, narrowed to the chosen
 * statuses and certainties; counts stay those of the whole checklist, as every screen shows.
 */
export function exportList(
  sites: readonly SiteRow[],
  numbers: readonly NumberRow[],
  filters: ExportFilters,
  lang: Lang,
): ExportList {
  const byId = new Map(numbers.map((n) => [n.id, n]));
  const numberId = filters.numberId ?? '';
  const list = checklist(sites, { numberId });
  const items = list.items
    .filter((i) => !filters.statuses?.length || filters.statuses.includes(i.row.status))
    .filter((i) => !filters.certainties?.length || filters.certainties.includes(i.certainty))
    .map((i) => toItem(i, byId, lang, numberId));
  return { items, counts: list.counts };
}

export async function loadItems(db: RebindDB, filters: ExportFilters, lang: Lang): Promise<ExportList> {
  const [sites, numbers] = await Promise.all([db.sites.toArray(), db.numbers.toArray()]);
  return exportList(sites, numbers, filters, lang);
}

/** Numbers with a cancellation date, with how many of their checklist items are still open. */
export function icsNumbers(sites: readonly SiteRow[], numbers: readonly NumberRow[], filters: ExportFilters): IcsNumber[] {
  return numbers
    .filter((n): n is NumberRow & { cancelDate: string } => !!n.cancelDate)
    .filter((n) => !filters.numberId || n.id === filters.numberId)
    .map((n) => ({
      id: n.id,
      label: n.label,
      country: n.country,
      cancelDate: n.cancelDate,
      openSites: checklist(sites, { numberId: n.id }).counts.open,
    }));
}

export async function loadIcsNumbers(db: RebindDB, filters: ExportFilters): Promise<IcsNumber[]> {
  const [sites, numbers] = await Promise.all([db.sites.toArray(), db.numbers.toArray()]);
  return icsNumbers(sites, numbers, filters);
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
