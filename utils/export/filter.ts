// The ExportPanel's choices, applied to resolved items; order is risk first, then name.
import { STATUSES } from '../types';
import { RISK_TIERS, type ExportFilters, type ExportItem } from './types';

export function applyFilters(items: readonly ExportItem[], f: ExportFilters): ExportItem[] {
  return items
    .filter((i) => !f.statuses?.length || f.statuses.includes(i.status))
    .filter((i) => !f.tiers?.length || f.tiers.includes(i.tier))
    .filter((i) => !f.numberId || i.numberIds.includes(f.numberId))
    .sort((a, b) => b.risk - a.risk || a.name.localeCompare(b.name) || a.site.localeCompare(b.site));
}

/** Filters in a query string, for the print page's URL. */
export function filtersToQuery(f: ExportFilters): string {
  const q = new URLSearchParams();
  if (f.numberId) q.set('number', f.numberId);
  if (f.statuses?.length) q.set('status', f.statuses.join(','));
  if (f.tiers?.length) q.set('tier', f.tiers.join(','));
  return q.toString();
}

/** Unknown statuses and tiers are dropped: a hand-edited URL cannot inject anything. */
export function filtersFromQuery(search: string): ExportFilters {
  const q = new URLSearchParams(search);
  const list = <T extends string>(key: string, allowed: readonly T[]): T[] =>
    (q.get(key) ?? '').split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
  const numberId = q.get('number') ?? '';
  return {
    ...(numberId ? { numberId } : {}),
    statuses: list('status', STATUSES),
    tiers: list('tier', RISK_TIERS),
  };
}
