// Opening a site's settings page from the popup or the dashboard: a new tab, remembered so the
// background injects the overlay there (entrypoints/background/guide.ts) to point at the phone
// section.
import { browser } from 'wxt/browser';
import { GUIDE_OVERLAY_FILES } from './overlay-file';
import { rememberGuideTab } from './tabs';

export async function openGuide(site: string, url: string, masked: readonly string[] = []): Promise<void> {
  // Created in the background first: activating it closes the popup, and the tab must be
  // remembered before that (and before its page asks).
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) return;
  await rememberGuideTab(tab.id, site, url, masked);
  // A fast page may have finished loading before it was remembered: then inject it here.
  const now = await browser.tabs.get(tab.id).catch(() => null);
  if (now?.status === 'complete') {
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: GUIDE_OVERLAY_FILES })
      .catch(() => undefined);
  }
  await browser.tabs.update(tab.id, { active: true });
}
