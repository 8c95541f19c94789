// Searching, filtering and sorting the inventory in memory: 5,000 rows take a few ms; the
// haystack is built once per data change, not per keystroke.
import type { NumberRow, SiteRow } from '@/utils/db';
import type { Kind, Status } from '@/utils/types';
import { riskTier, type RiskTier } from '@/utils/inventory/risk';
import { siteName } from '../common/words';

export const SORTS = ['risk', 'status', 'number', 'lastSeen', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export interface Filters {
  text: string;
  /** 'open' | 'done' | a status | '' (all). */
  status: string;
  tier: RiskTier | '';
  kind: Kind | '';
  /** A number id, 'none' (no known number), or '' (all). */
  number: string;
  sort: Sort;
}

export const NO_FILTERS: Filters = { text: '', status: '', tier: '', kind: '', number: '', sort: 'risk' };

export interface Indexed {
  row: SiteRow;
  name: string;
  hay: string;
  tier: RiskTier;
}

export function indexRows(rows: readonly SiteRow[]): Indexed[] {
  return rows.map((row) => {
    const name = siteName(row);
    return { row, name, hay: `${row.site} ${name}`.toLowerCase(), tier: riskTier(row.risk) };
  });
}

const STATUS_ORDER: Record<Status, number> = { todo: 0, changed: 1, unbound: 2, deleted: 3, 'not-mine': 4, ignore: 5 };

export function applyQuery(items: readonly Indexed[], f: Filters, numbers: readonly NumberRow[]): Indexed[] {
  const text = f.text.trim().toLowerCase();
  const out = items.filter(({ row, hay, tier }) => {
    if (text && !hay.includes(text)) return false;
    if (f.status === 'open' && row.status !== 'todo') return false;
    if (f.status === 'done' && row.status === 'todo') return false;
    if (f.status && f.status !== 'open' && f.status !== 'done' && row.status !== f.status) return false;
    if (f.tier && tier !== f.tier) return false;
    if (f.kind && !row.kinds.includes(f.kind)) return false;
    if (f.number === 'none' && row.numberIds.length) return false;
    if (f.number && f.number !== 'none' && !row.numberIds.includes(f.number)) return false;
    return true;
  });
  const label = new Map(numbers.map((n) => [n.id, n.label]));
  const numberKey = (r: SiteRow) => (r.numberIds[0] ? (label.get(r.numberIds[0]) ?? r.numberIds[0]) : '\uffff');
  const byRisk = (a: Indexed, b: Indexed) => b.row.risk - a.row.risk || a.name.localeCompare(b.name);
  const cmp: Record<Sort, (a: Indexed, b: Indexed) => number> = {
    risk: byRisk,
    status: (a, b) => STATUS_ORDER[a.row.status] - STATUS_ORDER[b.row.status] || byRisk(a, b),
    number: (a, b) => numberKey(a.row).localeCompare(numberKey(b.row)) || byRisk(a, b),
    lastSeen: (a, b) => b.row.lastSeen - a.row.lastSeen,
    name: (a, b) => a.name.localeCompare(b.name),
  };
  return out.sort(cmp[f.sort]);
}
