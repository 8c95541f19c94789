// Waiting for the content script's scan of a page, so a "nothing recorded" test cannot pass
// just because it left before the detector ran. The content script counts finished scans in its
// isolated world (entrypoints/page/index.ts); DevTools can evaluate there, a page cannot.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Resolves once the content script finished at least `count` scans of the page's main frame. */
export async function waitForScan(context: BrowserContext, page: Page, count = 1, timeout = 15_000): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const contexts = new Map<number, { name: string; origin: string; auxData?: { frameId?: string; type?: string } }>();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.set(c.id, c));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const read = async () => {
    for (const [id, c] of contexts) {
      if (c.auxData?.type !== 'isolated' || c.auxData.frameId !== frameTree.frame.id) continue;
      if (!c.origin.startsWith('chrome-extension://')) continue;
      const r = await cdp
        .send('Runtime.evaluate', { expression: 'globalThis.__rebindScans ?? 0', contextId: id, returnByValue: true })
        .catch(() => null);
      if (r?.result.value) return r.result.value as number;
    }
    return 0;
  };
  try {
    await expect.poll(read, { timeout, message: `the content script scanned ${page.url()}` }).toBeGreaterThanOrEqual(count);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
