// The background's side of guidance: answer "was this tab opened from Rebind?" only for the
// exact origin Rebind opened, allow one "different number" offer per guide session, and turn
// "mark changed" from the page into a question asked in Rebind's own page (the dashboard), so a
// script on the site can never change a status by itself.
import type { GuideHint } from '../messages/protocol';
import { getDb } from '../db';
import { guideTabFor, originOf, takeGuideOffer } from './tabs';

export interface GuideSender {
  /** The sender's origin (null when nothing may be recorded there: paused, private, not web). */
  origin: string | null;
  tabId: number | undefined;
  frameId: number | undefined;
}

export async function guideHint(s: GuideSender, now = Date.now()): Promise<GuideHint | null> {
  if (s.frameId) return null;
  const g = await guideTabFor(s.tabId, s.origin, now);
  // After the one offer, no digits are handed out again: a reload cannot probe them.
  return g ? { site: g.site, knownMasked: g.offered ? [] : [...g.masked] } : null;
}

/** The overlay may offer "mark changed" once per guide session; true when this is that once. */
export async function guideOffer(s: GuideSender, now = Date.now()): Promise<boolean> {
  if (s.frameId || s.tabId === undefined) return false;
  const g = await guideTabFor(s.tabId, s.origin, now);
  return !!g && (await takeGuideOffer(s.tabId));
}

/** The dashboard address that asks the person to confirm a status change. */
export const confirmUrl = (base: string, site: string): string =>
  `${base}?confirm-changed=${encodeURIComponent(site)}#sites`;

/**
 * "Mark changed" from the overlay: only from the guide tab, after its offer, for a site in the
 * inventory. Returns the site whose confirmation should open in Rebind's dashboard, or null.
 */
export async function changedFromPage(s: GuideSender, now = Date.now()): Promise<string | null> {
  if (s.frameId || s.tabId === undefined) return null;
  const g = await guideTabFor(s.tabId, s.origin, now);
  if (!g?.offered) return null;
  return (await getDb().sites.get(g.site)) ? g.site : null;
}

/**
 * Whether a tab that just loaded (or changed URL) should get the overlay script: only a fresh
 * guide tab on the origin it was opened for. The overlay asks again before showing anything, so
 * this is a cheap filter, not the check.
 */
export async function wantsGuideOverlay(tabId: number, url: string | undefined, now = Date.now()): Promise<boolean> {
  return !!(await guideTabFor(tabId, originOf(url), now));
}
