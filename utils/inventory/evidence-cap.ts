// Bounds on what one site can make Rebind store: a page that keeps changing its URL, or sends
// megabyte URLs, must not grow the database without end. Called from merge.ts (every writer of
// evidence goes through it) and by the backup reader for URLs.
import type { EvidenceRow, RebindDB } from '../db/schema';
import { strengthRank } from '../types';

/** Longest URL stored; longer ones keep only their origin (a path that long is no settings page). */
export const MAX_STORED_URL = 512;
/** Longest URL a backup row may carry before it is refused instead of cut. */
export const MAX_READ_URL = 64 * 1024;
/** Evidence rows kept per site. */
export const MAX_EVIDENCE_PER_SITE = 50;
/** Of those, this many are the strongest; the rest are the latest. */
export const KEEP_STRONGEST = 10;

/** A URL as stored: unchanged when short enough, else its origin. */
export function capStoredUrl(url: string): string {
  if (url.length <= MAX_STORED_URL) return url;
  try {
    const origin = `${new URL(url).origin}/`;
    return origin.length <= MAX_STORED_URL ? origin : origin.slice(0, MAX_STORED_URL);
  } catch {
    return url.slice(0, MAX_STORED_URL);
  }
}

/** The observation with its URL capped (merge.ts's hook on the way in). */
export function capUrlOf<T extends { url?: string }>(o: T): T {
  return o.url && o.url.length > MAX_STORED_URL ? { ...o, url: capStoredUrl(o.url) } : o;
}

/** The rows to delete so that `rows` (one site's) keeps its strongest and its latest. */
export function evidenceOverCap(rows: readonly EvidenceRow[]): number[] {
  if (rows.length <= MAX_EVIDENCE_PER_SITE) return [];
  const keep = new Set<EvidenceRow>();
  const byStrength = [...rows].sort((a, b) => strengthRank(b.strength) - strengthRank(a.strength) || b.at - a.at);
  for (const r of byStrength.slice(0, KEEP_STRONGEST)) keep.add(r);
  const byTime = [...rows].sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
  for (const r of byTime) {
    if (keep.size >= MAX_EVIDENCE_PER_SITE) break;
    keep.add(r);
  }
  return rows.filter((r) => !keep.has(r) && r.id !== undefined).map((r) => r.id!);
}

/** Trims each site's evidence to the cap. Runs inside the caller's transaction. */
export async function trimEvidence(db: RebindDB, sites: Iterable<string>): Promise<number> {
  let removed = 0;
  for (const site of sites) {
    const count = await db.evidence.where('site').equals(site).count();
    if (count <= MAX_EVIDENCE_PER_SITE) continue;
    const drop = evidenceOverCap(await db.evidence.where('site').equals(site).toArray());
    await db.evidence.bulkDelete(drop);
    removed += drop.length;
  }
  return removed;
}
