import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleFinding, handleSubmit, senderPage } from '@/entrypoints/background/handlers';
import { getDb } from '@/utils/db';
import { pausedSites, recordPrivate } from '@/utils/settings';
import type { FindingPayload } from '@/utils/messages/protocol';

const finding: FindingPayload = { kinds: ['login-otp'], confidence: 0.9, signals: ['tel-field', 'send-code'], masked: [] };
const tab = (url: string, incognito = false) => ({ id: 7, index: 0, url, incognito, active: true, pinned: false, highlighted: false, windowId: 1 }) as never;
const sender = (url: string, extra: Record<string, unknown> = {}) => ({ id: fakeBrowser.runtime.id, url, tab: tab(url), ...extra });

beforeEach(async () => {
  await getDb().delete({ disableAutoOpen: false });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the site comes from the sender', () => {
  it('derives the registrable domain and strips the query and fragment', async () => {
    expect(await senderPage(sender('https://passport.bilibili.com/login?token=secret#x'))).toEqual({
      site: 'bilibili.com',
      url: 'https://passport.bilibili.com/login',
    });
  });

  it('uses the frame that spoke, not the tab around it', async () => {
    const s = { id: fakeBrowser.runtime.id, url: 'https://login.bank.example.co.uk/otp', tab: tab('https://news.example.com/') };
    expect((await senderPage(s))?.site).toBe('example.co.uk');
  });

  it.each([
    ['another extension', { id: 'evil-extension', url: 'https://a.com/', tab: tab('https://a.com/') }],
    ['a non-web page', { id: fakeBrowser.runtime.id, url: 'file:///etc/passwd' }],
    ['no URL at all', { id: fakeBrowser.runtime.id }],
  ])('records nothing from %s', async (_label, s) => {
    expect(await senderPage(s as never)).toBeNull();
  });

  it('records nothing from private windows unless the person turned it on', async () => {
    const s = { id: fakeBrowser.runtime.id, url: 'https://m.jd.com/login', tab: tab('https://m.jd.com/login', true) };
    expect(await senderPage(s)).toBeNull();
    await recordPrivate.setValue(true);
    expect((await senderPage(s))?.site).toBe('jd.com');
  });

  it('records nothing on a paused site', async () => {
    await pausedSites.setValue(['jd.com']);
    expect(await senderPage(sender('https://m.jd.com/login'))).toBeNull();
  });
});

describe('findings and submits land in the inventory', () => {
  it('a finding creates one row with evidence and no query string', async () => {
    await handleFinding(finding, sender('https://passport.bilibili.com/login?redirect=/me'));
    const row = await getDb().sites.get('bilibili.com');
    expect(row).toMatchObject({ site: 'bilibili.com', kinds: ['login-otp'], status: 'todo', strength: 'visited' });
    const evidence = await getDb().evidence.where('site').equals('bilibili.com').toArray();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.url).toBe('https://passport.bilibili.com/login');
  });

  it('a private-window finding writes nothing', async () => {
    const s = { id: fakeBrowser.runtime.id, url: 'https://m.jd.com/login', tab: tab('https://m.jd.com/login', true) };
    await handleFinding(finding, s);
    expect(await getDb().sites.count()).toBe(0);
  });

  it('a submit raises the evidence and keeps kinds from earlier findings', async () => {
    await handleFinding({ ...finding, kinds: ['mfa-sms'] }, sender('https://www.example-bank.com/security'));
    await handleSubmit({ kinds: ['login-otp'] }, sender('https://www.example-bank.com/login'));
    const row = await getDb().sites.get('example-bank.com');
    expect(row?.strength).toBe('submitted');
    expect(row?.kinds.sort()).toEqual(['login-otp', 'mfa-sms']);
  });

  it('a submit with typed digits of no registered number records no number', async () => {
    await handleSubmit({ kinds: ['login-otp'], typed: '13800138000' }, sender('https://www.example-bank.com/login'));
    expect((await getDb().sites.get('example-bank.com'))?.numberIds).toEqual([]);
  });
});

describe('the background message listener', () => {
  it('drops malformed and unknown messages with a logged reason, and handles good ones', async () => {
    const { registerHandlers } = await import('@/entrypoints/background/handlers');
    registerHandlers();
    const warn = vi.mocked(console.warn);
    warn.mockClear();
    const from = sender('https://passport.bilibili.com/login');
    const bad = { id: 1, type: 'cs-bg-finding', timestamp: 1, data: { ...finding, site: 'bank.com' } };
    await Promise.all(await fakeBrowser.runtime.onMessage.trigger(bad, from, () => undefined));
    await Promise.all(await fakeBrowser.runtime.onMessage.trigger({ id: 2, type: 'bg-wipe', timestamp: 1 }, from, () => undefined));
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('dropped message: cs-bg-finding: site'),
      expect.stringContaining('dropped message: unknown type "bg-wipe"'),
    ]);
    expect(await getDb().sites.count()).toBe(0);

    const good = { id: 3, type: 'cs-bg-finding', timestamp: 1, data: finding };
    await Promise.all(await fakeBrowser.runtime.onMessage.trigger(good, from, () => undefined));
    await vi.waitFor(async () => expect(await getDb().sites.get('bilibili.com')).toBeTruthy());
  });
});
