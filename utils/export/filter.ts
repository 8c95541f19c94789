// The ExportPanel's choices in the print page's URL. Which sites a number's checklist holds,
// and their order, is decided by utils/inventory/checklist.ts, never here.
import { CERTAINTIES } from '../inventory/certainty';
import { STATUSES } from '../types';
import type { ExportFilters, ListedCertainty } from './types';

const LISTED = CERTAINTIES.filter((c): c is ListedCertainty => c !== 'not-phone');

/** Filters in a query string, for the print page's URL. */
export function filtersToQuery(f: ExportFilters): string {
  const q = new URLSearchParams();
  if (f.numberId) q.set('number', f.numberId);
  if (f.statuses?.length) q.set('status', f.statuses.join(','));
  if (f.certainties?.length) q.set('certainty', f.certainties.join(','));
  return q.toString();
}

/** Unknown statuses and certainties are dropped: a hand-edited URL cannot inject anything. */
export function filtersFromQuery(search: string): ExportFilters {
  const q = new URLSearchParams(search);
  const list = <T extends string>(key: string, allowed: readonly T[]): T[] =>
    (q.get(key) ?? '').split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
  const numberId = q.get('number') ?? '';
  return {
    ...(numberId ? { numberId } : {}),
    statuses: list('status', STATUSES),
    certainties: list('certainty', LISTED),
  };
}
