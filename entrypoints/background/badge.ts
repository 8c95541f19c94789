// The toolbar badge: how many confirmed or likely items are still open for the current number
// (utils/inventory/checklist.ts, the checklist every screen shows), and on a tab
// whose site is in the inventory, that site's state. Follows tab switches, navigations and
// every database change (from any extension page) through a live query.
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { siteForHost } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import type { SiteRow } from '@/utils/db/schema';
import { t, uiLanguage } from '@/utils/i18n';
import { pluralKey } from '@/utils/plural';
import { localDate } from '@/utils/inventory/reminders';
import { currentNumber, loadChecklist } from '@/utils/inventory/checklist';
import { OPEN_STATUSES } from '@/utils/types';
import { isWebUrl } from '@/utils/url';

export const BADGE_COLORS = { count: '#0b57d0', open: '#c5221f', done: '#188038' } as const;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export function countText(n: number): string {
  return n <= 0 ? '' : n > 999 ? '999+' : String(n);
}

/** What the badge says on one tab: the site's own state if it is in the inventory, else the count. */
export function badgeFor(count: number, row: SiteRow | undefined, numberLabel?: string): BadgeState {
  const lang = uiLanguage();
  const countTitle = numberLabel
    ? t(pluralKey('inv_badge_count_number', count, lang), [count, numberLabel])
    : t(pluralKey('inv_badge_count', count, lang), [count]);
  if (!row || row.status === 'ignore' || row.status === 'not-mine') {
    return { text: countText(count), color: BADGE_COLORS.count, title: countTitle };
  }
  const open = OPEN_STATUSES.includes(row.status);
  return {
    text: open ? '!' : '✓',
    color: open ? BADGE_COLORS.open : BADGE_COLORS.done,
    title: `${t(open ? 'inv_badge_site_open' : 'inv_badge_site_done', [row.site])}\n${countTitle}`,
  };
}

interface Snapshot {
  count: number;
  label?: string;
}

async function snapshot(): Promise<Snapshot> {
  const db = getDb();
  const number = currentNumber(await db.numbers.toArray(), localDate(Date.now()));
  const list = await loadChecklist(db, { numberId: number?.id ?? '' }, { openOnly: true });
  const count = list.counts.openSure;
  return { count, ...(number ? { label: number.label } : {}) };
}

let last: Snapshot = { count: 0 };

async function applyToTab(tabId: number, url: string | undefined): Promise<void> {
  const site = isWebUrl(url) ? siteForHost(url) : null;
  const row = site ? await getDb().sites.get(site) : undefined;
  const state = badgeFor(last.count, row, last.label);
  try {
    await browser.action.setBadgeText({ tabId, text: state.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: state.color });
    await browser.action.setTitle({ tabId, title: state.title });
  } catch {
    // The tab closed meanwhile.
  }
}

async function applyGlobal(): Promise<void> {
  const state = badgeFor(last.count, undefined, last.label);
  await browser.action.setBadgeText({ text: state.text });
  await browser.action.setBadgeBackgroundColor({ color: state.color });
  await browser.action.setTitle({ title: state.title });
  const active = await browser.tabs.query({ active: true });
  await Promise.all(active.map((tab) => (tab.id === undefined ? null : applyToTab(tab.id, tab.url))));
}

/** Recomputes the count and repaints; exported for tests. */
export async function refreshBadge(): Promise<void> {
  last = await snapshot();
  await applyGlobal();
}

export function registerBadge(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(
      (tab) => applyToTab(tabId, tab.url),
      () => undefined,
    );
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.url || info.status === 'complete') void applyToTab(tabId, tab.url);
  });
  // Re-runs whenever a site with an open status or a number changes, in any extension context.
  liveQuery(snapshot).subscribe({
    next: (snap) => {
      last = snap;
      void applyGlobal().catch(() => undefined);
    },
    error: (e: unknown) => console.error('[rebind] badge query failed', e),
  });
}
