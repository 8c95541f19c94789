// Tabs the person opened from Rebind's "open settings" button, remembered for a few minutes in
// session storage (gone when the browser closes). Only such a tab gets the settings-page overlay,
// and only such a tab may ask to mark its own site changed.
import { storage } from 'wxt/utils/storage';

/** How long after opening the overlay may still appear (sign-in pages can come first). */
export const GUIDE_TTL_MS = 10 * 60 * 1000;
const MAX_TABS = 50;

export interface GuideTab {
  site: string;
  /** The exact origin Rebind opened: another host of the same site or group gets nothing. */
  origin: string;
  at: number;
  /** Masked numbers the site showed when the tab was opened: a different one later means changed. */
  masked: string[];
  /** The "different number" offer was made: one per guide session, so reloads cannot probe digits. */
  offered?: boolean;
}

/** The origin of a web URL ("https://account.example.com"), or null. */
export function originOf(url: string | undefined): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
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
  url: string,
  masked: readonly string[] = [],
  now = Date.now(),
): Promise<void> {
  const origin = originOf(url);
  if (!origin) return;
  const all = fresh(await guideTabs.getValue(), now);
  all[String(tabId)] = { site, origin, at: now, masked: masked.slice(0, 16) };
  await guideTabs.setValue(all);
}

/** The guide record for this tab when it is fresh and the page is on the origin Rebind opened, else null. */
export async function guideTabFor(
  tabId: number | undefined,
  origin: string | null,
  now = Date.now(),
): Promise<GuideTab | null> {
  if (tabId === undefined || !origin) return null;
  const g = (await guideTabs.getValue())[String(tabId)];
  return g && g.origin === origin && now - g.at < GUIDE_TTL_MS ? g : null;
}

/** Marks the tab's one "different number" offer as made; true only the first time. */
export function takeGuideOffer(tabId: number): Promise<boolean> {
  // One after another: two reloads asking at once must not both get the offer.
  const turn = offers.then(async () => {
    const all = { ...(await guideTabs.getValue()) };
    const g = all[String(tabId)];
    if (!g || g.offered) return false;
    all[String(tabId)] = { ...g, offered: true };
    await guideTabs.setValue(all);
    return true;
  });
  offers = turn.catch(() => false);
  return turn;
}
let offers: Promise<unknown> = Promise.resolve();

export async function forgetGuideTab(tabId: number): Promise<void> {
  const all = { ...(await guideTabs.getValue()) };
  delete all[String(tabId)];
  await guideTabs.setValue(all);
}
