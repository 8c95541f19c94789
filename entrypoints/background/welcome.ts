// First run: open the page that asks which number is being given up, and when (skippable).
import { browser } from 'wxt/browser';

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') }).catch(() => undefined);
  });
}
