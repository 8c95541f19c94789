// The background's side of guidance: answer "was this tab opened from Rebind?" and accept
// "mark my site changed" only from such a tab, for its own site (derived from the sender).
import { getDb } from '../db';
import type { GuideHint } from '../messages/protocol';
import { setStatus } from '../inventory/status';
import { forgetGuideTab, guideTabFor } from './tabs';

export interface GuideSender {
  /** The sender's site, from the sender's URL (null when nothing may be recorded there). */
  site: string | null;
  tabId: number | undefined;
  frameId: number | undefined;
}

export async function guideHint(s: GuideSender, now = Date.now()): Promise<GuideHint | null> {
  if (!s.site || s.frameId) return null;
  const g = await guideTabFor(s.tabId, s.site, now);
  return g ? { site: s.site, knownMasked: [...g.masked] } : null;
}

/** True when the site was marked changed. */
export async function markChangedFromPage(s: GuideSender, now = Date.now()): Promise<boolean> {
  if (!s.site || s.frameId) return false;
  const g = await guideTabFor(s.tabId, s.site, now);
  if (!g || s.tabId === undefined) return false;
  const row = await getDb().sites.get(s.site);
  if (!row) return false;
  await setStatus(getDb(), s.site, 'changed');
  await forgetGuideTab(s.tabId);
  return true;
}


/**
 * Whether a tab that just loaded (or changed URL) should get the overlay script: only a fresh
 * guide tab whose page belongs to the site it was opened for. The overlay asks again before
 * showing anything, so this is a cheap filter, not the check.
 */
export async function wantsGuideOverlay(
  tabId: number,
  url: string | undefined,
  siteOf: (url: string) => string | null,
  now = Date.now(),
): Promise<boolean> {
  if (!url || !/^https?:/i.test(url)) return false;
  const site = siteOf(url);
  return !!site && !!(await guideTabFor(tabId, site, now));
}
