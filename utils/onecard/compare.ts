// "It reports N accounts at its partner apps; your list has M of those apps": the one comparison,
// pure. Which sites are in the person's list for the number comes from the one checklist
// (utils/inventory/checklist.ts); partner apps are matched by catalog site key, or by the name
// key of an app the person added by its name (utils/inventory/name-key.ts).
import type { CatalogEntry } from '../catalog/types';
import type { Checklist } from '../inventory/checklist';
import { nameKey } from '../inventory/name-key';

export interface OneCardComparison {
  /** The count the check returned. */
  reported: number;
  /** Partner apps in the person's list for the number, in the partner list's order. */
  listed: string[];
  /** Partner apps not in the list: the ones to check first. */
  missing: string[];
  /** reported − listed, never below 0: how many accounts the list may lack. */
  gap: number;
}

/**
 * Every key under which a partner app may sit in the inventory: its site, or the name key of
 * its catalog name, whole, without its parenthesis ("Baidu (Search, Netdisk, Tieba)" is also
 * Baidu), or one brand of it ("淘宝 / 天猫" is also 淘宝 and 天猫).
 */
function keysOf(site: string, entryOf: (site: string) => CatalogEntry | undefined): Set<string> {
  const e = entryOf(site);
  const names = (e ? [e.name.en, e.name.zh ?? ''] : []).flatMap((whole) => {
    const plain = whole.replace(/\s*[(（].*$/, '');
    return [whole, plain, ...plain.split(/\s*[/&、]\s*/)];
  });
  return new Set([site, ...names.map(nameKey).filter((k): k is string => !!k)]);
}

export function compareOneCard(
  reported: number,
  partners: readonly string[],
  list: Pick<Checklist, 'items'>,
  entryOf: (site: string) => CatalogEntry | undefined,
): OneCardComparison {
  // Every item of the number's checklist, open or done: a changed account is still one the
  // person knows about. "Not mine" is the person saying it is no account of theirs.
  const inList = new Set(list.items.filter((i) => i.row.status !== 'not-mine').map((i) => i.row.site));
  const listed: string[] = [];
  const missing: string[] = [];
  for (const site of partners) {
    const hit = [...keysOf(site, entryOf)].some((k) => inList.has(k));
    (hit ? listed : missing).push(site);
  }
  return { reported, listed, missing, gap: Math.max(0, reported - listed.length) };
}
