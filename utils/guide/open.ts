// Opening a site's settings page from the popup or the dashboard: a new tab, remembered so the
// content script there may point at the phone section.
import { browser } from 'wxt/browser';
import { rememberGuideTab } from './tabs';

export async function openGuide(site: string, url: string, masked: readonly string[] = []): Promise<void> {
  // Created in the background first: activating it closes the popup, and the tab must be
  // remembered before that (and before its page asks).
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) return;
  await rememberGuideTab(tab.id, site, masked);
  await browser.tabs.update(tab.id, { active: true });
}
