// Filling the inventory from browser history: every visited host is matched against the
// catalog; known phone-number sites are added as "visited" with one history evidence row each.
import { entryForSite, siteForHost } from '../catalog/lookup';
import type { RebindDB } from '../db/schema';
import { mergeObservations, type Observation } from '../inventory/merge';
import { ACCOUNT_KINDS } from '../types';

export interface HistoryItemLike {
  url?: string;
  lastVisitTime?: number;
}

export interface HistoryQuery {
  text: string;
  startTime: number;
  endTime?: number;
  maxResults: number;
}

/** browser.history.search, or a fake in tests and benchmarks. */
export type HistorySearch = (query: HistoryQuery) => Promise<HistoryItemLike[]>;

export interface ScanProgress {
  /** History entries read so far. */
  scanned: number;
  /** Catalog sites found so far. */
  sites: number;
}

export interface ScanResult extends ScanProgress {
  /** Sites not in the inventory before this scan. */
  added: number;
  cancelled: boolean;
}

export interface ScanOptions {
  search: HistorySearch;
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  pageSize?: number;
}

const HOST_RE = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;

interface Found {
  at: number;
  origin: string;
}

/** Matches hosts against the catalog, remembering each host's answer. */
function matcher(): (url: string) => string | null {
  const cache = new Map<string, string | null>();
  return (url) => {
    const host = HOST_RE.exec(url)?.[1]?.toLowerCase();
    if (!host) return null;
    let site = cache.get(host);
    if (site === undefined) {
      const key = siteForHost(host);
      const entry = key ? entryForSite(key) : undefined;
      site = entry && entry.kinds.some((k) => ACCOUNT_KINDS.includes(k)) ? entry.site : null;
      cache.set(host, site);
    }
    return site;
  };
}

/**
 * Reads the whole history, newest first, a page at a time (each page ends where the last
 * one's oldest visit was), then writes every match in one transaction. Cancelled: writes nothing.
 */
export async function scanHistory(db: RebindDB, opts: ScanOptions): Promise<ScanResult> {
  const pageSize = opts.pageSize ?? 5000;
  const match = matcher();
  const found = new Map<string, Found>();
  let scanned = 0;
  let endTime: number | undefined;
  let boundaryTime = -1;
  let boundary = new Set<string>();
  const report = () => opts.onProgress?.({ scanned, sites: found.size });
  for (;;) {
    if (opts.signal?.aborted) return { scanned, sites: found.size, added: 0, cancelled: true };
    const page = await opts.search({
      text: '',
      startTime: 0,
      ...(endTime !== undefined ? { endTime } : {}),
      maxResults: pageSize,
    });
    let oldest = Infinity;
    let fresh = 0;
    const atOldest = new Set<string>();
    for (const item of page) {
      const at = item.lastVisitTime ?? 0;
      const url = item.url ?? '';
      // The previous page's oldest moment is asked for again (ties across pages): skip repeats.
      if (at === boundaryTime && boundary.has(url)) continue;
      fresh++;
      if (at < oldest) {
        oldest = at;
        atOldest.clear();
      }
      if (at === oldest) atOldest.add(url);
      if (!url) continue;
      const site = match(url);
      if (!site) continue;
      const prev = found.get(site);
      if (!prev || at > prev.at) {
        const host = HOST_RE.exec(url)![1]!.toLowerCase();
        found.set(site, { at, origin: `https://${host}/` });
      }
    }
    scanned += fresh;
    report();
    if (page.length < pageSize || !fresh || oldest <= 0) break;
    // Ask again from the oldest moment inclusive, since a page may end halfway through it; when
    // a whole page shares that moment, move past it rather than ask for the same window twice.
    let next = oldest + 1;
    if (endTime !== undefined && next >= endTime) next = endTime - 1;
    if (boundaryTime === oldest) atOldest.forEach((u) => boundary.add(u));
    else boundary = atOldest;
    boundaryTime = oldest;
    endTime = next;
  }
  if (opts.signal?.aborted) return { scanned, sites: found.size, added: 0, cancelled: true };
  const sites = [...found.keys()];
  const before = new Set(
    (await db.sites.bulkGet(sites)).flatMap((row) => (row ? [row.site] : [])),
  );
  const observations: Observation[] = [...found].map(([site, f]) => ({
    site,
    at: f.at || Date.now(),
    source: 'history',
    strength: 'visited',
    kinds: [...(entryForSite(site)?.kinds ?? [])],
    url: f.origin,
  }));
  await mergeObservations(db, observations);
  return { scanned, sites: sites.length, added: sites.length - before.size, cancelled: false };
}
