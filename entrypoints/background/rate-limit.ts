// Reports per tab per minute. A real page sends a handful (one per distinct finding, one per
// submit); a page that changes its URL or DOM in a loop is cut off until its minute is over.
// In memory only: a restarted worker starts counting again, which is harmless.

export const REPORTS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const MAX_TABS = 1000;

const seen = new Map<number, number[]>();

/** Counts one report from the tab; false when the tab already sent its share this minute. */
export function reportAllowed(tabId: number, now = Date.now()): boolean {
  const recent = (seen.get(tabId) ?? []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= REPORTS_PER_MINUTE) {
    seen.set(tabId, recent);
    return false;
  }
  recent.push(now);
  seen.set(tabId, recent);
  if (seen.size > MAX_TABS) {
    for (const [id, times] of seen) if (!times.some((t) => now - t < WINDOW_MS)) seen.delete(id);
  }
  return true;
}

/** For tests: forget every count. */
export function resetReportCounts(): void {
  seen.clear();
}
