// A browser history for tests and benchmarks: search() behaves like chrome.history.search
// (newest first, endTime exclusive, at most maxResults).
import type { HistoryItemLike, HistoryQuery } from '@/utils/imports/history';

export function fakeHistory(items: HistoryItemLike[]) {
  const sorted = [...items].sort((a, b) => (b.lastVisitTime ?? 0) - (a.lastVisitTime ?? 0));
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    async search(q: HistoryQuery): Promise<HistoryItemLike[]> {
      calls++;
      const out: HistoryItemLike[] = [];
      for (const it of sorted) {
        const t = it.lastVisitTime ?? 0;
        if (q.endTime !== undefined && t >= q.endTime) continue;
        if (t < q.startTime) break;
        out.push(it);
        if (out.length >= q.maxResults) break;
      }
      return out;
    },
  };
}

/** `count` entries over many hosts; every `every`-th entry is on a catalog site. */
export function makeHistory(count: number, catalogHosts: string[], every = 50): HistoryItemLike[] {
  const items: HistoryItemLike[] = [];
  for (let i = 0; i < count; i++) {
    const host =
      i % every === 0 ? catalogHosts[(i / every) % catalogHosts.length]! : `site${i % 3000}.example${i % 7}.com`;
    // Some visits share a timestamp, as real history does at page boundaries.
    items.push({ url: `https://${host}/page/${i}?q=secret${i}#x`, lastVisitTime: 1_600_000_000_000 + Math.floor(i / 3) * 1000 });
  }
  return items;
}
