// Guidance in the tabs Rebind opened: when such a tab finishes loading a page of its site (or
// a single-page app changes URL) on the origin Rebind opened, inject the overlay script. Other
// tabs, and other hosts in the same tab, get nothing.
import { browser } from 'wxt/browser';
import { wantsGuideOverlay } from '@/utils/guide/background';
import { GUIDE_OVERLAY_FILES } from '@/utils/guide/overlay-file';

export function registerGuide(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' && !change.url) return;
    void (async () => {
      if (!(await wantsGuideOverlay(tabId, tab.url))) return;
      await browser.scripting
        .executeScript({ target: { tabId }, files: GUIDE_OVERLAY_FILES })
        .catch((e: unknown) => console.warn('[rebind] guide overlay not injected', String(e)));
    })();
  });
}
