// Guidance in the tabs Rebind opened: when such a tab finishes loading a page of its site (or
// a single-page app changes URL), inject the overlay script. Other tabs get nothing.
import { browser } from 'wxt/browser';
import { siteForHost } from '@/utils/catalog/lookup';
import { wantsGuideOverlay } from '@/utils/guide/background';
import { GUIDE_OVERLAY_FILE } from '@/utils/guide/overlay-file';

export function registerGuide(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' && !change.url) return;
    void (async () => {
      if (!(await wantsGuideOverlay(tabId, tab.url, siteForHost))) return;
      await browser.scripting
        .executeScript({ target: { tabId }, files: [GUIDE_OVERLAY_FILE] })
        .catch((e: unknown) => console.warn('[rebind] guide overlay not injected', String(e)));
    })();
  });
}
