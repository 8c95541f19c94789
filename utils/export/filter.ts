// The ExportPanel's choices, applied to resolved items; order is risk first, then name.
import type { ExportFilters, ExportItem } from './types';

export function applyFilters(items: readonly ExportItem[], f: ExportFilters): ExportItem[] {
  return items
    .filter((i) => !f.statuses?.length || f.statuses.includes(i.status))
    .filter((i) => !f.tiers?.length || f.tiers.includes(i.tier))
    .filter((i) => !f.numberId || i.numberIds.includes(f.numberId))
    .sort((a, b) => b.risk - a.risk || a.name.localeCompare(b.name) || a.site.localeCompare(b.site));
}
