// Shared Playwright harness: Debian's Chromium with the built extension loaded, every hostname
// mapped to the fixture server, and helpers for the extension's pages and its database.
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { readTableInPage, type TableName } from '../shared/read-table';
import { startServer, type FixtureServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

export interface SiteRowDump {
  site: string;
  kinds: string[];
  status: string;
  strength: string;
  numberIds: string[];
  masked?: string[];
  settingsUrl?: string;
  [key: string]: unknown;
}

interface Fixtures {
  /** Browser UI language: 'en' or 'zh-CN'. Set per file with test.use({ lang: 'zh-CN' }). */
  lang: 'en' | 'zh-CN';
  context: BrowserContext;
  extensionId: string;
  /** The service worker, found again after it was stopped. */
  serviceWorker: () => Promise<Worker>;
  /** Open an extension page (e.g. 'popup.html', 'options.html') in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** All rows of a table in the extension's IndexedDB, read through an extension page. */
  readTable: <T = SiteRowDump>(table: TableName) => Promise<T[]>;
  /** Poll until the site appears in the inventory (the background writes asynchronously). */
  waitForSite: (site: string, timeoutMs?: number) => Promise<SiteRowDump>;
  /** Stop the extension's service worker through the DevTools protocol (as Chromium does when idle). */
  stopServiceWorker: () => Promise<void>;
}

interface WorkerFixtures {
  server: FixtureServer;
}

/**
 * Chromium with one unpacked extension loaded, a fresh profile, and every hostname mapped to
 * the fixture server on `port`. Also used by specs that load a modified copy of the extension.
 */
export async function launchExtension(
  extensionDir: string,
  port: number,
  lang: 'en' | 'zh-CN' = 'en',
): Promise<{ context: BrowserContext; cleanup: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'rebind-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      `--lang=${lang}`,
      '--ignore-certificate-errors',
      ...CHROMIUM_ARGS,
    ],
  });
  return { context, cleanup: () => rmSync(profile, { recursive: true, force: true }) };
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  lang: ['en', { option: true }],
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server, lang }, use) => {
    const { context, cleanup } = await launchExtension(EXTENSION_DIR, server.port, lang);
    await use(context);
    await context.close();
    cleanup();
  },
  serviceWorker: async ({ context }, use) => {
    const find = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    await use(async () => {
      // The worker can register between a look at the list and a wait for the event, and on a
      // busy 2-core machine it can take a while to start: look, wait briefly, look again.
      const deadline = Date.now() + 45_000;
      for (;;) {
        const live = find();
        if (live) return live;
        if (Date.now() > deadline) throw new Error('the extension service worker did not start');
        await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined);
      }
    });
  },
  extensionId: async ({ serviceWorker }, use) => {
    const worker = await serviceWorker();
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  readTable: async ({ context, extensionId }, use) => {
    let reader: Page | undefined;
    await use(async <T,>(table: string) => {
      if (!reader || reader.isClosed()) {
        reader = await context.newPage();
        // A blank extension resource page: same origin as the database, no UI of its own.
        await reader.goto(`chrome-extension://${extensionId}/manifest.json`);
      }
      return reader.evaluate(readTableInPage, table) as Promise<T[]>;
    });
    await reader?.close().catch(() => undefined);
  },
  waitForSite: async ({ readTable }, use) => {
    await use(async (site, timeoutMs = 10_000) => {
      let found: SiteRowDump | undefined;
      await expect
        .poll(
          async () => {
            found = (await readTable('sites')).find((r) => r.site === site);
            return !!found;
          },
          { timeout: timeoutMs, message: `${site} in the inventory` },
        )
        .toBe(true);
      return found!;
    });
  },
  stopServiceWorker: async ({ context }, use) => {
    await use(async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      // Closing the worker's target ends its JS context, as Chromium's idle shutdown does.
      // (ServiceWorker.stopAllWorkers from a page session does not reach extension workers.)
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const t of targetInfos) {
        if (t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))
          await cdp.send('Target.closeTarget', { targetId: t.targetId });
      }
      await cdp.detach();
      // Don't touch the old worker until it has come back: evaluating a closing worker
      // tears down Playwright's connection.
      await page.waitForTimeout(1000);
    });
  },
});

export { expect };
