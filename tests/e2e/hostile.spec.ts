// Hostile pages against the real extension: pages that try to speak for other sites, guide tabs
// that wander to another host, a page attacking the overlay, intranet and IP hosts, reset tokens
// in paths, a content-script context sending forged findings, and a database that cannot open.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'tldts';
import { expect, test, type SiteRowDump } from './fixtures';
import { overlayText } from './overlay';
import { waitForScan } from './scan';
import { SITES_DIR } from './server';
import { msg, seed, site } from './ui-helpers';

const SMS_LOGIN = readFileSync(join(SITES_DIR, 'passport.bilibili.com', 'login.html'), 'utf8');
const MASKED = `<!doctype html><html lang="en"><head><title>Account settings</title></head><body>
<h1>Account settings</h1><section id="phone-section"><h2>Phone number</h2><p id="phone">+1 ••• ••• 7730</p>
<button>Change</button></section></body></html>`;
const MASKED_PREINSERTED = MASKED.replace('<body>', '<body><rebind-guide></rebind-guide>');

interface EvidenceDump {
  site: string;
  url?: string;
  source: string;
}

/** The key is the page's own site: its host or a domain above it, never a whole public suffix. */
const ownSite = (host: string, key: string) =>
  (host === key || host.endsWith(`.${key}`)) && parse(key, { allowPrivateDomains: true }).publicSuffix !== key;

async function visitScanned(context: BrowserContext, page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForScan(context, page);
}

test('user-content and x.co.no pages showing a masked number speak only for their own host, over https and http', async ({
  context, server, readTable, waitForSite,
}) => {
  for (const host of ['alice.github.io', 'x.co.no', 'someone.blogspot.com']) server.route(host, '/settings', MASKED);
  const page = await context.newPage();
  const visited: string[] = [];
  for (const scheme of ['https', 'http']) {
    for (const host of ['alice.github.io', 'x.co.no', 'someone.blogspot.com']) {
      await visitScanned(context, page, `${scheme}://${host}/settings`);
      visited.push(host);
    }
  }
  // Positive control: the same kind of page on an ordinary site is recorded.
  server.route('account.example-forum.com', '/settings', MASKED);
  await visitScanned(context, page, 'https://account.example-forum.com/settings');
  expect((await waitForSite('example-forum.com')).masked).toEqual(['+1 *7730']);
  const rows = (await readTable('sites')).filter((r) => r.site !== 'example-forum.com');
  for (const r of rows) {
    expect(visited.some((h) => ownSite(h, r.site)), `${r.site} speaks for a visited host`).toBe(true);
    if (r.settingsUrl) expect(visited).toContain(new URL(r.settingsUrl).hostname);
  }
});

test('intranet and IP-address hosts are never recorded; a reset token never reaches the database', async ({
  context, server, readTable, waitForSite,
}) => {
  for (const host of ['intranet', 'nas.local', 'sso.example.corp', '127.0.0.1']) server.route(host, '/login', SMS_LOGIN);
  server.route('accounts.example-shop.com', '/reset/3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c', SMS_LOGIN);
  const page = await context.newPage();
  for (const url of ['http://intranet/login', 'https://nas.local/login', 'https://sso.example.corp/login', `http://127.0.0.1:${server.port}/login`]) {
    await visitScanned(context, page, url);
  }
  await visitScanned(context, page, 'https://accounts.example-shop.com/reset/3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c?email=jane%40mail.com');
  await waitForSite('example-shop.com');
  expect((await readTable('sites')).map((r) => r.site)).toEqual(['example-shop.com']);
  const evidence = await readTable<EvidenceDump>('evidence');
  expect(evidence.map((e) => e.url)).toEqual(['https://accounts.example-shop.com/reset/']);
  expect(JSON.stringify(evidence)).not.toMatch(/3f9a8b7c|jane/);
});

test('forged findings from a content-script context are dropped: extra fields, 100 signals, no id', async ({
  context, waitForSite, readTable,
}) => {
  const page = await context.newPage();
  await visitScanned(context, page, 'http://mail.example.org/login');
  // The content script's own world (what a compromised script could use), reached over DevTools.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))!;
  const forge = (message: object) =>
    cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => JSON.stringify(r ?? null), (e) => 'error: ' + e.message)`,
    });
  const finding = { kinds: ['login-otp'], confidence: 0.9, signals: ['tel-field'], masked: [] };
  await forge({ id: 1, type: 'cs-bg-finding', timestamp: 1, data: { ...finding, site: 'bank.com' } });
  await forge({ id: 2, type: 'cs-bg-finding', timestamp: 1, data: { ...finding, signals: Array.from({ length: 100 }, (_, i) => `s${i}`) } });
  await forge({ type: 'cs-bg-finding', timestamp: 1, data: finding });
  // Positive control: the same envelope, whole, is written (for the page's own site).
  await forge({ id: 3, type: 'cs-bg-finding', timestamp: 1, data: finding });
  await waitForSite('example.org');
  const evidence = await readTable<EvidenceDump>('evidence');
  expect(evidence).toHaveLength(1);
  expect((await readTable('sites')).map((r) => r.site)).toEqual(['example.org']);
  await cdp.detach();
});

test.describe('the guide overlay against a hostile page', () => {
  async function openGuideTab(context: BrowserContext, openExtensionPage: (p: string) => Promise<Page>, settingsUrl: string) {
    const dash = await openExtensionPage('options.html');
    await expect(dash.locator('.dashboard h1')).toBeVisible();
    await seed(dash, {
      sites: [site('example-forum.com', { kinds: ['bound-number'], strength: 'bound-number', masked: ['+1*1234'], settingsUrl })],
    });
    await dash.close();
    const popup = await openExtensionPage('popup.html');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-site="example-forum.com"]').getByRole('link', { name: msg('en', 'ui_go') }).click(),
    ]);
    await tab.waitForLoadState();
    return { tab, popup };
  }

  test('a guide tab navigated to another host of the same site gets no overlay; back on the origin it does', async ({
    context, server, openExtensionPage,
  }) => {
    server.route('account.example-forum.com', '/settings', MASKED);
    server.route('forum.example-forum.com', '/settings', MASKED);
    const { tab } = await openGuideTab(context, openExtensionPage, 'https://account.example-forum.com/settings');
    await expect.poll(() => overlayText(context, tab)).toContain(msg('en', 'guide_overlay_title', 'example-forum.com'));
    await tab.goto('https://forum.example-forum.com/settings');
    await waitForScan(context, tab);
    await tab.waitForTimeout(1500);
    expect(await overlayText(context, tab)).toBe('');
    await tab.goto('https://account.example-forum.com/settings');
    await expect.poll(() => overlayText(context, tab)).toContain(msg('en', 'guide_overlay_title', 'example-forum.com'));
  });

  test('a pre-inserted element does not suppress it; the page cannot read it or click it; one offer per session', async ({
    context, server, openExtensionPage, readTable,
  }) => {
    server.route('account.example-forum.com', '/settings', MASKED_PREINSERTED);
    const { tab } = await openGuideTab(context, openExtensionPage, 'https://account.example-forum.com/settings');
    // The page shows another number than Rebind knows (…1234): the one offer of this session.
    const offer = msg('en', 'guide_overlay_changed', '+1 ••••7730', 'example-forum.com');
    await expect.poll(() => overlayText(context, tab)).toContain(offer);

    // What the page itself can see: two <rebind-guide> elements, no shadow root, none of the text.
    const seen = await tab.evaluate(() => ({
      hosts: document.querySelectorAll('rebind-guide').length,
      roots: [...document.querySelectorAll('rebind-guide')].map((e) => e.shadowRoot !== null),
      text: document.documentElement.innerText,
    }));
    expect(seen.hosts).toBe(2);
    expect(seen.roots).toEqual([false, false]);
    expect(seen.text).not.toContain(msg('en', 'guide_overlay_mark'));

    // The page clicks whatever is under the "Mark changed" button, by script: nothing happens.
    const pages = context.pages().length;
    await tab.evaluate(() => {
      for (const el of document.querySelectorAll('rebind-guide')) {
        const r = el.getBoundingClientRect();
        (el as HTMLElement).click();
        for (let y = r.top; y < r.bottom; y += 8)
          for (let x = r.left; x < r.right; x += 8) (document.elementFromPoint(x, y) as HTMLElement | null)?.click();
      }
      document.querySelectorAll('rebind-guide').forEach((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })));
    });
    await tab.waitForTimeout(1000);
    expect(context.pages().length).toBe(pages);
    expect(await overlayText(context, tab)).toContain(offer);
    expect((await readTable('sites'))[0]?.status).toBe('todo');

    // A reload (or any number of them) gets no second offer: digits cannot be probed.
    await tab.reload();
    await expect.poll(() => overlayText(context, tab)).toContain(msg('en', 'guide_overlay_title', 'example-forum.com'));
    await tab.waitForTimeout(1500);
    expect(await overlayText(context, tab)).not.toContain(msg('en', 'guide_overlay_mark'));
    expect((await readTable<SiteRowDump>('sites'))[0]?.status).toBe('todo');
  });
});

test('a database that cannot be opened is said on the popup, the dashboard and the print page', async ({
  openExtensionPage,
}) => {
  const blank = await openExtensionPage('manifest.json');
  // A newer Rebind left the database at a version (and shape) this one cannot use.
  await blank.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('rebind', 99_990);
        req.onupgradeneeded = () => {
          for (const name of [...req.result.objectStoreNames]) req.result.deleteObjectStore(name);
        };
        req.onsuccess = () => {
          req.result.close();
          ok();
        };
        req.onerror = () => fail(req.error);
        req.onblocked = () => undefined;
      }),
  );
  for (const path of ['popup.html', 'options.html', 'print.html']) {
    const page = await openExtensionPage(path);
    await expect(page.getByRole('alert')).toContainText(msg('en', 'safety_db_title'));
    await expect(page.getByRole('alert')).toContainText(msg('en', 'safety_db_what'));
  }
});
