// Searching, filtering and sorting the inventory in memory: 5,000 rows take a few ms; the
// haystack is built once per data change, not per keystroke. Which sites are on a number's
// checklist, and their order, come from utils/inventory/checklist.ts: the dashboard and the
// popup show the same open set.
import { entryForSite } from '@/utils/catalog/lookup';
import type { NumberRow, SiteRow } from '@/utils/db';
import type { Certainty } from '@/utils/inventory/certainty';
import { checklist, compareItems, itemOf, type ChecklistCounts, type ChecklistItem } from '@/utils/inventory/checklist';
import type { Kind, Status } from '@/utils/types';
import { siteName } from '../common/words';

export const SORTS = ['order', 'status', 'number', 'lastSeen', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export interface Filters {
  text: string;
  /** 'open' | 'done' | a status | '' (all). */
  status: string;
  /** A certainty; 'not-phone' lists the "Other sites". '' = the checklist's items. */
  certainty: Certainty | '';
  kind: Kind | '';
  /** A number id: that number's checklist (its sites and those tied to none); '' = all. */
  number: string;
  sort: Sort;
}

export const NO_FILTERS: Filters = { text: '', status: '', certainty: '', kind: '', number: '', sort: 'order' };

export interface Indexed {
  row: SiteRow;
  name: string;
  /** Site, domains, and the English and Chinese names, lower case: search works in either UI language. */
  hay: string;
  /** The row as a checklist item; null for sites that are not phone accounts. */
  item: ChecklistItem | null;
}

export function indexRows(rows: readonly SiteRow[]): Indexed[] {
  return rows.map((row) => {
    const entry = entryForSite(row.site);
    const name = siteName(row, entry);
    const hay = [row.site, name, row.name, entry?.name.en, entry?.name.zh, ...(entry?.domains ?? [])]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return { row, name, hay, item: itemOf(row) };
  });
}

const STATUS_ORDER: Record<Status, number> = { todo: 0, changed: 1, unbound: 2, deleted: 3, 'not-mine': 4, ignore: 5 };

/** The checklist's counts for the chosen number, whatever else is filtered: the popup's counts. */
export function countsFor(items: readonly Indexed[], number: string): ChecklistCounts {
  return checklist(
    items.map((i) => i.row),
    { numberId: number },
  ).counts;
}

export function applyQuery(items: readonly Indexed[], f: Filters, numbers: readonly NumberRow[]): Indexed[] {
  const text = f.text.trim().toLowerCase();
  const out = items.filter(({ row, hay, item }) => {
    if (f.certainty === 'not-phone' ? item : !item || (f.certainty && item.certainty !== f.certainty)) return false;
    if (text && !hay.includes(text)) return false;
    if (f.status === 'open' && row.status !== 'todo') return false;
    if (f.status === 'done' && row.status === 'todo') return false;
    if (f.status && f.status !== 'open' && f.status !== 'done' && row.status !== f.status) return false;
    if (f.kind && !row.kinds.includes(f.kind)) return false;
    // Never a site tied only to other numbers; one tied to none yet might be this one's.
    if (f.number && row.numberIds.length && !row.numberIds.includes(f.number)) return false;
    return true;
  });
  const label = new Map(numbers.map((n) => [n.id, n.label]));
  const numberKey = (r: SiteRow) => (r.numberIds[0] ? (label.get(r.numberIds[0]) ?? r.numberIds[0]) : '\uffff');
  const byOrder = (a: Indexed, b: Indexed) =>
    a.item && b.item ? compareItems(a.item, b.item) : a.name.localeCompare(b.name);
  const cmp: Record<Sort, (a: Indexed, b: Indexed) => number> = {
    order: byOrder,
    status: (a, b) => STATUS_ORDER[a.row.status] - STATUS_ORDER[b.row.status] || byOrder(a, b),
    number: (a, b) => numberKey(a.row).localeCompare(numberKey(b.row)) || byOrder(a, b),
    lastSeen: (a, b) => b.row.lastSeen - a.row.lastSeen,
    name: (a, b) => a.name.localeCompare(b.name),
  };
  return out.sort(cmp[f.sort]);
}
