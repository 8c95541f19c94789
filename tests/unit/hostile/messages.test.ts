// Hostile messages through the background's real handlers (registerHandlers on
// @webext-core/messaging), sent with the content script's own hand-written envelope (send.ts).
import { parse } from 'tldts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FindingPayload } from '@/utils/messages/protocol';

type Handlers = typeof import('@/entrypoints/background/handlers');
type Db = typeof import('@/utils/db');
type Send = typeof import('@/entrypoints/page/send');

const finding: FindingPayload = { kinds: ['login-otp'], confidence: 0.9, signals: ['tel-field', 'send-code'], masked: [] };
const masked: FindingPayload = { kinds: ['bound-number'], confidence: 0.9, signals: ['masked-number'], masked: ['+1 *7730'] };

const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
let savedBrowser: unknown;
let db: Db;
let send: Send;
let handlers: Handlers;

const tab = (id: number, url: string) => ({ id, index: 0, url, incognito: false, active: true, pinned: false, highlighted: false, windowId: 1 });
const senderFor = (url: string, tabId = 7) => ({ id: fakeBrowser.runtime.id, url, tab: tab(tabId, url), frameId: 0 });

/**
 * One message into the background as Chromium delivers it: cloned, with the sender Chromium
 * derives; the reply is what a listener returns or passes to sendResponse (the polyfill's way).
 */
function deliver(message: unknown, url: string, tabId = 7): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(structuredClone(message), senderFor(url, tabId) as never, resolve).then((results) => {
      // The polyfill answers through sendResponse and returns true; a plain listener returns its reply.
      if (!(results as unknown[]).includes(true)) resolve(results.find((r) => r !== undefined));
    });
  });
}

/** The page's runtime as a content script sees it. */
function pageRuntime(url: string, tabId = 7) {
  g.chrome = { runtime: { sendMessage: (message: unknown) => deliver(message, url, tabId) } };
}

/** A raw message as a hostile page's script could hand to the runtime; resolves once it was handled. */
const raw = (message: unknown, url: string, tabId = 7) => deliver(message, url, tabId);

const sites = async () => (await db.getDb().sites.toArray()).map((r) => r.site);

beforeEach(async () => {
  // Fresh modules: the messaging library keeps one listener per type per context.
  vi.resetModules();
  savedBrowser = g.browser;
  delete g.browser;
  handlers = await import('@/entrypoints/background/handlers');
  db = await import('@/utils/db');
  send = await import('@/entrypoints/page/send');
  await db.getDb().delete({ disableAutoOpen: false });
  handlers.registerHandlers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  g.browser = savedBrowser;
  delete g.chrome;
});

describe('contract: the content script envelope through the real handlers', () => {
  it('a finding sent by send.ts is answered and written', async () => {
    pageRuntime('https://passport.bilibili.com/login?token=secret');
    await expect(send.send('cs-bg-finding', finding)).resolves.toBeUndefined();
    expect(await sites()).toEqual(['bilibili.com']);
    const [ev] = await db.getDb().evidence.toArray();
    expect(ev?.url).toBe('https://passport.bilibili.com/login');
  });

  it('sendKept gets its reply after the row is written (no resend)', async () => {
    const spy = vi.fn((message: unknown) => deliver(message, 'https://auth.uber.com/login'));
    g.chrome = { runtime: { sendMessage: spy } };
    expect(await send.sendKept('cs-bg-finding', finding, [1])).toBe(true);
    expect(spy).toHaveBeenCalledOnce();
    expect(await sites()).toEqual(['uber.com']);
  });
});

describe('malformed and hostile messages are dropped, not merely logged', () => {
  const url = 'https://passport.bilibili.com/login';
  it.each([
    ['a known type without an id', { type: 'cs-bg-finding', timestamp: 1, data: finding }],
    ['an id that is not a number', { id: 'x', type: 'cs-bg-finding', timestamp: 1, data: finding }],
    ['a finding with extra fields', { id: 1, type: 'cs-bg-finding', timestamp: 1, data: { ...finding, site: 'bank.com' } }],
    ['a finding with 100 signals', { id: 1, type: 'cs-bg-finding', timestamp: 1, data: { ...finding, signals: Array.from({ length: 100 }, (_, i) => `s${i}`) } }],
    ['a finding with an unknown kind', { id: 1, type: 'cs-bg-finding', timestamp: 1, data: { ...finding, kinds: ['admin'] } }],
    ['a submit carrying a typed number', { id: 1, type: 'cs-bg-submit', timestamp: 1, data: { kinds: ['login-otp'], typed: '+14155550134' } }],
  ])('%s writes nothing', async (_label, message) => {
    await raw(message, url);
    expect(await sites()).toEqual([]);
    expect(vi.mocked(console.warn)).toHaveBeenCalledWith(expect.stringContaining('dropped message'));
    // Positive control: a whole message from the same page is written.
    await raw({ id: 9, type: 'cs-bg-finding', timestamp: 1, data: finding }, url);
    expect(await sites()).toEqual(['bilibili.com']);
  });

  it('a scan\'s question is answered from the background\'s word lists; a malformed one gets no answer', async () => {
    pageRuntime(url);
    const { CONCEPTS } = await import('@/utils/detect/lexicon/types');
    const reply = await send.send('cs-bg-says', { texts: ['phone number', '手机号', 'newsletter'], loose: false });
    const named = reply.masks.map((m) => CONCEPTS.filter((_, i) => m & (1 << i)));
    expect(named[0]).toContain('phone');
    expect(named[1]).toContain('phone');
    expect(named[2]).not.toContain('phone');
    expect(await raw({ id: 3, type: 'cs-bg-says', timestamp: 1, data: { texts: 'phone', loose: false } }, url)).toEqual({ res: undefined });
    expect(vi.mocked(console.warn)).toHaveBeenCalledWith(expect.stringContaining('dropped message'));
  });

  it('a known-type message without an id never reaches its handler (no guide hint either)', async () => {
    const guide = await import('@/utils/guide/tabs');
    await guide.rememberGuideTab(7, 'bilibili.com', url, ['138*5678']);
    // The same message with an id gets the hint: the guard, not a missing tab, is what stops it.
    expect(await raw({ id: 5, type: 'cs-bg-guide-hint', timestamp: 1 }, url)).toEqual({ res: { site: 'bilibili.com', knownMasked: ['138*5678'] } });
    expect(await raw({ type: 'cs-bg-guide-hint', timestamp: 1 }, url)).toEqual({ res: undefined });
  });

  it.each([
    ['a file:// page', 'file:///home/me/bank.html'],
    ['a data: page', 'data:text/html,<input type=tel>'],
    ['an IP address', 'http://192.168.1.1/login'],
    ['an IPv6 address', 'http://[fd00::1]/login'],
    ['an intranet name', 'http://intranet/login'],
    ['a .local host', 'https://nas.local/login'],
    ['a .corp host', 'https://sso.example.corp/login'],
    ['a home.arpa host', 'https://router.home.arpa/'],
  ])('a finding from %s is not recorded', async (_label, from) => {
    pageRuntime(from);
    await send.send('cs-bg-finding', finding);
    expect(await sites()).toEqual([]);
    pageRuntime('https://auth.uber.com/login');
    await send.send('cs-bg-finding', finding);
    expect(await sites()).toEqual(['uber.com']);
  });
});

describe('a page can only speak for its own host', () => {
  // The key may be the catalog's group for the host's own domain, never another brand and never
  // a whole public suffix (every user's pages on a hosting platform at once).
  const ownSite = (host: string, site: string) =>
    (host === site || host.endsWith(`.${site}`)) && parse(site, { allowPrivateDomains: true }).publicSuffix !== site;

  it.each([
    ['https://alice.github.io/account/settings', 'alice.github.io'],
    ['http://alice.github.io/account/settings', 'alice.github.io'],
    ['https://x.co.no/settings/phone', 'x.co.no'],
    ['http://x.co.no/settings/phone', 'x.co.no'],
    ['https://someone.blogspot.com/settings', 'someone.blogspot.com'],
  ])('%s showing a masked number is recorded under its own site', async (url, host) => {
    pageRuntime(url);
    await send.send('cs-bg-finding', masked);
    const rows = await db.getDb().sites.toArray();
    // Recorded under its own site, or not at all (never the platform's whole suffix, never a brand).
    expect(rows.map((r) => [r.site, ownSite(host, r.site)])).toEqual(rows.map((r) => [r.site, true]));
    // Whatever it learned points at the page's own host.
    for (const r of rows) if (r.settingsUrl) expect(new URL(r.settingsUrl).hostname).toBe(host);
  });
});

describe('what a stored URL may hold', () => {
  it.each([
    ['a reset token', 'https://accounts.example-bank.com/reset/3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c/confirm', 'https://accounts.example-bank.com/reset/confirm'],
    ['a magic link', 'https://app.example-shop.com/magic/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'https://app.example-shop.com/magic/'],
    ['an e-mail address', 'https://www.example-forum.com/u/jane.doe%40mail.com/settings', 'https://www.example-forum.com/u/settings'],
    ['a phone number', 'https://www.example-forum.com/verify/13812345678', 'https://www.example-forum.com/verify/'],
    ['a query and fragment', 'https://www.example-forum.com/login?next=/me&sid=abc#top', 'https://www.example-forum.com/login'],
  ])('%s is dropped from the stored URL', async (_label, url, stored) => {
    pageRuntime(url);
    await send.send('cs-bg-finding', finding);
    const [ev] = await db.getDb().evidence.toArray();
    expect(ev?.url).toBe(stored);
  });

  it('a megabyte path is stored in at most 512 characters', async () => {
    pageRuntime(`https://www.example-forum.com/${'segment/'.repeat(130_000)}login`);
    await send.send('cs-bg-finding', finding);
    const [ev] = await db.getDb().evidence.toArray();
    expect(ev!.url!.length).toBeLessThanOrEqual(512);
    expect(ev!.url!.startsWith('https://www.example-forum.com/segment/')).toBe(true);
  });
});

describe('flooding', () => {
  it('reports per tab per minute are capped; another tab is not affected', async () => {
    const { REPORTS_PER_MINUTE } = await import('@/entrypoints/background/rate-limit');
    for (let i = 0; i < REPORTS_PER_MINUTE + 20; i++) {
      pageRuntime(`https://www.example-forum.com/page${i}`, 7);
      await send.send('cs-bg-finding', finding);
    }
    expect(await db.getDb().evidence.count()).toBe(REPORTS_PER_MINUTE);
    pageRuntime('https://auth.uber.com/login', 8);
    await send.send('cs-bg-finding', finding);
    expect(await sites()).toContain('uber.com');
  });
});
