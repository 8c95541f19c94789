// THE checklist: which sites need the person's action for a number, in what order, and the
// counts. The popup, the dashboard, every export, the calendar, reminders and the badge call
// this one function, so they always show the same open set and the same numbers.
import { entryForSite } from '../catalog/lookup';
import type { CatalogEntry } from '../catalog/types';
import type { NumberRow, RebindDB, SiteRow } from '../db/schema';
import { OPEN_STATUSES } from '../types';
import { certaintyRank, rowCertainty, type Certainty } from './certainty';
import { impactOf, impactRank, type Impact } from './impact';

export type ListedCertainty = Exclude<Certainty, 'not-phone'>;

export interface ChecklistItem {
  row: SiteRow;
  certainty: ListedCertainty;
  impact: Impact;
  /** On one number's checklist, a site tied to no registered number yet: "number not confirmed". */
  numberUnconfirmed: boolean;
}

export interface ChecklistCounts {
  open: number;
  done: number;
  total: number;
  /** Open items that are confirmed or likely: what the toolbar badge counts. */
  openSure: number;
}

export interface Checklist {
  /** Every item, open and done, in checklist order. */
  items: ChecklistItem[];
  open: ChecklistItem[];
  done: ChecklistItem[];
  counts: ChecklistCounts;
  /** Sites that are not phone accounts: never items, shown as "Other sites" in the inventory. */
  other: SiteRow[];
}

/** Which checklist: one number's (its sites and the sites tied to no number), or '' for all. */
export interface ChecklistFilter {
  numberId?: string;
}

export const isOpenStatus = (row: Pick<SiteRow, 'status'>): boolean => OPEN_STATUSES.includes(row.status);

/** Order: what the account protects, then certainty, then how the number is used (risk), then key. */
export function compareItems(a: ChecklistItem, b: ChecklistItem): number {
  return (
    impactRank(a.impact) - impactRank(b.impact) ||
    certaintyRank(a.certainty) - certaintyRank(b.certainty) ||
    b.row.risk - a.row.risk ||
    a.row.site.localeCompare(b.row.site)
  );
}

type EntryOf = (site: string) => CatalogEntry | undefined;

/** One row as a checklist item (no number filter), or null when it is not a phone account. */
export function itemOf(row: SiteRow, entryOf: EntryOf = entryForSite): ChecklistItem | null {
  const entry = entryOf(row.site);
  const certainty = rowCertainty(row, entry);
  if (certainty === 'not-phone') return null;
  return { row, certainty, impact: impactOf(row.site, entry), numberUnconfirmed: !row.numberIds.length };
}

export function checklist(
  rows: readonly SiteRow[],
  filter: ChecklistFilter = {},
  entryOf: EntryOf = entryForSite,
): Checklist {
  const numberId = filter.numberId ?? '';
  const items: ChecklistItem[] = [];
  const other: SiteRow[] = [];
  for (const row of rows) {
    const item = itemOf(row, entryOf);
    if (!item) {
      other.push(row);
      continue;
    }
    // Never a site tied only to other numbers; a site tied to none yet might be this one's.
    if (numberId && item.row.numberIds.length && !item.row.numberIds.includes(numberId)) continue;
    items.push(item);
  }
  items.sort(compareItems);
  const open = items.filter((i) => isOpenStatus(i.row));
  const done = items.filter((i) => !isOpenStatus(i.row));
  return {
    items,
    open,
    done,
    other,
    counts: {
      open: open.length,
      done: done.length,
      total: items.length,
      openSure: open.filter((i) => i.certainty !== 'possible').length,
    },
  };
}

/** The number whose cancellation comes first (today or later), else undefined: "all numbers". */
export function currentNumber(numbers: readonly NumberRow[], today: string): NumberRow | undefined {
  return numbers
    .filter((n) => n.cancelDate && n.cancelDate >= today)
    .sort((a, b) => a.cancelDate!.localeCompare(b.cancelDate!))[0];
}

/**
 * The checklist read from the database. `openOnly` reads only rows with an open status (through
 * the status index): the open set and open counts are the same, done counts are then zero.
 */
export async function loadChecklist(
  db: RebindDB,
  filter: ChecklistFilter = {},
  opts: { openOnly?: boolean } = {},
): Promise<Checklist> {
  const rows = opts.openOnly
    ? await db.sites.where('status').anyOf([...OPEN_STATUSES]).toArray()
    : await db.sites.toArray();
  return checklist(rows, filter);
}
