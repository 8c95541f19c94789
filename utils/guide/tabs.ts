// Tabs the person opened from Rebind's "open settings" button, remembered for a few minutes in
// session storage (gone when the browser closes). Only such a tab gets the settings-page overlay,
// and only such a tab may ask to mark its own site changed.
import { storage } from 'wxt/utils/storage';

/** How long after opening the overlay may still appear (sign-in pages can come first). */
export const GUIDE_TTL_MS = 10 * 60 * 1000;
const MAX_TABS = 50;

export interface GuideTab {
  site: string;
  at: number;
  /** Masked numbers the site showed when the tab was opened: a different one later means changed. */
  masked: string[];
}

export const guideTabs = storage.defineItem<Record<string, GuideTab>>('session:guideTabs', {
  fallback: {},
});


function fresh(all: Record<string, GuideTab>, now: number): Record<string, GuideTab> {
  const kept = Object.entries(all)
    .filter(([, g]) => now - g.at < GUIDE_TTL_MS)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_TABS);
  return Object.fromEntries(kept);
}

export async function rememberGuideTab(
  tabId: number,
  site: string,
  masked: readonly string[] = [],
  now = Date.now(),
): Promise<void> {
  const all = fresh(await guideTabs.getValue(), now);
  all[String(tabId)] = { site, at: now, masked: masked.slice(0, 16) };
  await guideTabs.setValue(all);
}

/** The guide record for this tab when it is fresh and for the same site, else null. */
export async function guideTabFor(tabId: number | undefined, site: string, now = Date.now()): Promise<GuideTab | null> {
  if (tabId === undefined) return null;
  const g = (await guideTabs.getValue())[String(tabId)];
  return g && g.site === site && now - g.at < GUIDE_TTL_MS ? g : null;
}

export async function forgetGuideTab(tabId: number): Promise<void> {
  const all = { ...(await guideTabs.getValue()) };
  delete all[String(tabId)];
  await guideTabs.setValue(all);
}
