// Hostile input, numbers: a typed number is matched in the background under a key no page (and
// no copy of the database) has; pages get no hints; whole numbers go when the setting goes.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSubmit } from '@/entrypoints/background/handlers';
import { watchSubmits } from '@/entrypoints/page/submit';
import { getDb } from '@/utils/db';
import { openDatabase, V1_STORES } from '@/utils/db/schema';
import { applyBackup } from '@/utils/export/backup-apply';
import { parseBackup } from '@/utils/export/backup-read';
import { writeBackupText } from '@/utils/export/backup-write';
import { buildBackup } from '@/utils/export/json';
import { loadInventory } from '@/utils/export/source';
import { detectDetailed } from '@/utils/detect';
import { MESSAGE_TYPES, type SubmitPayload } from '@/utils/messages/protocol';
import { checkEnvelope } from '@/utils/messages/validate';
import { macKey } from '@/utils/numbers/mac';
import { addNumber, reenterNumber, sealNumbers, watchWholeNumbers } from '@/utils/numbers/numbers';
import { keepWholeNumbers, pausedSites } from '@/utils/settings';

const tab = (url: string, incognito = false) => ({ id: 7, index: 0, url, incognito, active: true, pinned: false, highlighted: false, windowId: 1 }) as never;
const sender = (url: string, incognito = false) => ({ id: fakeBrowser.runtime.id, url, tab: tab(url, incognito) });

/** Every table's rows as text: what a copy of the database would show. */
async function everything(db = getDb()): Promise<string> {
  const [sites, evidence, numbers] = await Promise.all([db.sites.toArray(), db.evidence.toArray(), db.numbers.toArray()]);
  return JSON.stringify({ sites, evidence, numbers });
}

beforeEach(async () => {
  await getDb().delete({ disableAutoOpen: false });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a full number typed and submitted', () => {
  it('is matched in the background and its digits are in no table', async () => {
    const n = await addNumber(getDb(), { label: 'Work', country: 'CN', number: '+86 138 0013 8000' });
    await handleSubmit({ kinds: ['login-otp'], typed: '8613800138000' }, sender('https://passport.bilibili.com/login'));
    expect((await getDb().sites.get('bilibili.com'))?.numberIds).toEqual([n.id]);
    const all = await everything();
    expect(all).not.toContain('13800138000');
    expect(all).not.toContain('8613800138000');
    expect(all).not.toContain('0013');
  });

  it('works on a plain-http page, where a content script has no crypto.subtle', async () => {
    const n = await addNumber(getDb(), { label: 'Home', country: 'US', number: '415 555 2671' });
    // The content script side: no WebCrypto at all, and it still reports the digits.
    document.body.innerHTML = `<form id=f><input id=p type=tel placeholder="Phone number"><button type=button>Send code</button><button>Sign in</button></form>`;
    const forms = detectDetailed(document, 'http://shop.example.com/login').forms;
    const reports: SubmitPayload[] = [];
    vi.stubGlobal('crypto', {});
    try {
      watchSubmits({ doc: document, forms: () => forms, report: (p) => reports.push(p), listen: (t, ty, fn) => t.addEventListener(ty, fn), now: () => Date.now() });
      (document.getElementById('p') as HTMLInputElement).value = '(415) 555-2671';
      document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(reports).toEqual([{ kinds: ['login-otp'], typed: '4155552671' }]);
    await handleSubmit(reports[0]!, sender('http://shop.example.com/login'));
    expect((await getDb().sites.get('example.com'))?.numberIds).toEqual([n.id]);
  });

  it('is dropped unread on a paused site and in a private window', async () => {
    await addNumber(getDb(), { label: 'Work', country: 'CN', number: '13800138000' });
    await pausedSites.setValue(['jd.com']);
    await handleSubmit({ kinds: ['login-otp'], typed: '13800138000' }, sender('https://passport.jd.com/login'));
    await handleSubmit({ kinds: ['login-otp'], typed: '13800138000' }, sender('https://www.taobao.com/login', true));
    expect(await getDb().sites.count()).toBe(0);
  });

  it('a submit carrying anything but 6 to 17 digits is dropped as a whole', () => {
    const env = (data: unknown) => ({ id: 1, type: 'cs-bg-submit', timestamp: 1, data });
    expect(checkEnvelope(env({ kinds: ['login-otp'], typed: '13800138000' })).ok).toBe(true);
    for (const typed of ['+8613800138000', '1'.repeat(18), '12345', 'abc', 13800138000]) {
      expect(checkEnvelope(env({ kinds: ['login-otp'], typed })).ok).toBe(false);
    }
    // The old way of naming a number from the page is gone: a page can't claim one.
    expect(checkEnvelope(env({ kinds: ['login-otp'], numberId: 'n1' })).ok).toBe(false);
  });
});

describe('no hints to pages', () => {
  it('there is no message that hands a page anything about the numbers', () => {
    expect(MESSAGE_TYPES).not.toContain('cs-bg-number-hints');
    expect(checkEnvelope({ id: 1, type: 'cs-bg-number-hints', timestamp: 1 }).ok).toBe(false);
  });

  it('the key can not be read out, and a copied row matches nothing elsewhere', async () => {
    await addNumber(getDb(), { label: 'Work', country: 'CN', number: '13800138000' });
    const key = await macKey(getDb());
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const row = (await getDb().numbers.toArray())[0]!;
    expect(Object.keys(row).sort()).toEqual(['country', 'createdAt', 'id', 'label', 'mac', 'nsnLength', 'prefix', 'suffix']);
    // The 10^4 numbers that fit the row's visible digits, hashed without the key, never hit the mac.
    const hits: string[] = [];
    for (let mid = 0; mid < 10000; mid++) {
      const guess = `138${String(mid).padStart(4, '0')}8000`;
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(guess)));
      const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
      if (hex === row.mac) hits.push(guess);
    }
    expect(hits).toEqual([]);
  }, 30_000);
});

describe('keep whole numbers turned off', () => {
  it('leaves no whole number, and typed numbers still match', async () => {
    await keepWholeNumbers.setValue(true);
    const a = await addNumber(getDb(), { label: 'A', country: 'CN', number: '13800138000' });
    await addNumber(getDb(), { label: 'B', country: 'US', number: '415 555 2671' });
    expect((await getDb().numbers.toArray()).every((n) => n.whole)).toBe(true);
    watchWholeNumbers(getDb);
    await keepWholeNumbers.setValue(false);
    await vi.waitFor(async () => expect((await getDb().numbers.toArray()).some((n) => n.whole)).toBe(false));
    expect(await everything()).not.toMatch(/13800138000|4155552671/);
    await handleSubmit({ kinds: ['login-otp'], typed: '13800138000' }, sender('https://passport.bilibili.com/login'));
    expect((await getDb().sites.get('bilibili.com'))?.numberIds).toEqual([a.id]);
  });
});

describe('a database from version 1', () => {
  async function writeVersion1(name: string) {
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.table('sites').bulkAdd([
      { site: 'bilibili.com', kinds: ['login-otp'], status: 'changed', firstSeen: 1000, lastSeen: 2000 },
      { site: 'github.com', kinds: ['mfa-sms'], status: 'todo', firstSeen: 1000, lastSeen: 2000, settingsUrl: `https://github.com/${'p'.repeat(3000)}` },
    ]);
    await old.table('evidence').bulkAdd([
      { site: 'bilibili.com', at: 1500, source: 'page', kinds: ['login-otp'], url: 'https://passport.bilibili.com/login' },
      { site: 'bilibili.com', at: 1600, source: 'submit', kinds: ['login-otp'] },
      { site: 'github.com', at: 1700, source: 'password-manager', kinds: [] },
    ]);
    // Version 1 numbers: no nsnLength, no createdAt; one kept whole.
    await old.table('numbers').bulkAdd([
      { id: 'n1', label: 'Old phone', country: 'CN', prefix: '138', suffix: '5678', hash: 'ab'.repeat(32), salt: 's' },
      { id: 'n2', label: 'Kept whole', country: 'US', prefix: '415', suffix: '2671', hash: 'cd'.repeat(32), salt: 't', whole: '+14155552671' },
    ]);
    old.close();
  }

  it('upgrades, exports, and the export imports whole', async () => {
    const name = `hostile-v1-${Date.now()}`;
    await writeVersion1(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const evidence = await db.evidence.orderBy('at').toArray();
    expect(evidence.map((e) => e.strength)).toEqual(['visited', 'submitted', 'imported']);
    const n1 = (await db.numbers.get('n1'))!;
    expect(n1).toMatchObject({ nsnLength: 0 });
    expect(n1.createdAt).toBeGreaterThan(0);
    expect(await db.numbers.get('n2')).toMatchObject({ nsnLength: 10 });
    // The kept whole number gets its mac after open; the other waits to be entered again.
    expect(await sealNumbers(db)).toBe(1);
    expect((await db.numbers.get('n2'))?.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(n1.mac).toBeUndefined();

    const written = writeBackupText(buildBackup(await loadInventory(db), { recordPrivate: false, pausedSites: [], keepWholeNumbers: true }, Date.now()));
    expect(written.left).toEqual([]);
    const parsed = parseBackup(written.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.skipped).toEqual([]);
    const target = openDatabase(`${name}-target`);
    await applyBackup(target, parsed.backup, 'replace');
    expect(await target.sites.count()).toBe(2);
    expect(await target.evidence.count()).toBe(3);
    expect((await target.sites.get('bilibili.com'))?.status).toBe('changed');
    // The 3,000-character URL left the old database cut to its origin.
    expect((await target.sites.get('github.com'))?.settingsUrl).toBe('https://github.com/');
    expect((await target.numbers.toArray()).map((n) => n.id).sort()).toEqual(['n1', 'n2']);

    // The number from version 1 is entered again: it must be the same number.
    await expect(reenterNumber(target, 'n1', '13800001234', false)).rejects.toMatchObject({ code: 'inv_err_number_other' });
    await reenterNumber(target, 'n1', '138 0000 5678', false);
    expect(await target.numbers.get('n1')).toMatchObject({ nsnLength: 11, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    db.close();
    target.close();
  });
});
