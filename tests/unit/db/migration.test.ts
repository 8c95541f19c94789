import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { siteForHost } from '@/utils/catalog/lookup';
import { openDatabase, rekeySites, V1_STORES, V2_STORES, V4_STORES, type EvidenceRow, type SiteRow } from '@/utils/db/schema';
import { riskScore } from '@/utils/inventory/risk';

const names: string[] = [];
function freshName(): string {
  const name = `rebind-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Writes a database exactly as version 1 of Rebind did. */
async function writeVersion1(name: string, sites: number) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.table('sites').bulkAdd(
    Array.from({ length: sites }, (_, i) => ({
      site: `site${i}.example`,
      kinds: i % 2 ? ['login-otp'] : ['mfa-sms', 'contact-phone'],
      status: i % 3 ? 'todo' : 'changed',
      firstSeen: 1000 + i,
      lastSeen: 2000 + i,
    })),
  );
  await old.table('evidence').bulkAdd(
    Array.from({ length: sites * 2 }, (_, i) => ({
      site: `site${i % sites}.example`,
      at: 3000 + i,
      source: 'page',
      kinds: ['login-otp'],
      url: `https://site${i % sites}.example/login`,
    })),
  );
  await old.table('numbers').add({ id: 'n1', label: 'Old phone', country: 'CN', prefix: '138', suffix: '5678', hash: 'h', salt: 's' });
  old.close();
}

describe('database upgrades', () => {
  it('opens a version 1 database and keeps every row, filling the new fields', async () => {
    const name = freshName();
    await writeVersion1(name, 50);
    const db = openDatabase(name, (row) => riskScore(row.kinds));
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.sites.count()).toBe(50);
    expect(await db.evidence.count()).toBe(100);
    // Version 4: the salted hash is gone (it identified the number), the missing fields are filled.
    const n1 = await db.numbers.get('n1');
    expect(n1).toMatchObject({ label: 'Old phone', suffix: '5678', nsnLength: 0 });
    expect(n1).not.toHaveProperty('hash');
    expect(n1).not.toHaveProperty('salt');
    expect(n1?.mac).toBeUndefined();
    expect(typeof n1?.createdAt).toBe('number');
    expect((await db.evidence.toArray()).every((e) => e.strength === 'visited')).toBe(true);
    const row = await db.sites.get('site1.example');
    expect(row).toMatchObject({
      kinds: ['login-otp'],
      status: 'todo',
      strength: 'visited',
      numberIds: [],
      firstSeen: 1001,
      lastSeen: 2001,
    });
    expect(row!.risk).toBe(riskScore(['login-otp']));
    // The person's decisions survive the upgrade.
    expect((await db.sites.get('site0.example'))!.status).toBe('changed');
    // New indexes work on upgraded rows.
    expect(await db.sites.where('kinds').equals('mfa-sms').count()).toBe(25);
    expect(await db.evidence.where('[site+at]').between(['site0.example', 0], ['site0.example', Infinity]).count()).toBe(2);
    db.close();
  });

  it('a fresh database starts empty at the current version', async () => {
    const db = openDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.sites.count()).toBe(0);
    db.close();
  });
});

/** A site row as version 2 wrote it. */
const v2row = (site: string, over: Partial<SiteRow> = {}): SiteRow => ({
  site, kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 1000, lastSeen: 2000, risk: 1, numberIds: [], ...over,
});
const ev = (site: string, url: string | undefined, at: number, over: Partial<EvidenceRow> = {}): EvidenceRow => ({
  site, at, source: 'page', strength: 'visited', kinds: ['login-otp'], ...(url ? { url } : {}), ...over,
});

/** Writes a database exactly as version 2 (the version before this one) did, keyed the old way. */
async function writeVersion2(name: string) {
  const old = new Dexie(name);
  old.version(2).stores(V2_STORES);
  await old.table('sites').bulkAdd([
    // the old rule put a Weebly shop under Cash App; the person already marked it
    v2row('cash.app', { status: 'changed', note: 'done in March', statusAt: 5000, kinds: ['login-otp', 'mfa-sms'] }),
    // an Okta tenant of a university and one of a company, both under Okta
    v2row('okta.com', { kinds: ['mfa-sms'], strength: 'submitted', note: 'work and university' }),
    // DEGIRO itself plus a stranger's site under co.no
    v2row('degiro.nl', { status: 'unbound', kinds: ['mfa-sms'], settingsUrl: 'https://x.co.no/account' }),
    // WeChat on the web under QQ, while a WeChat row exists already
    v2row('qq.com', { kinds: ['login-phone'], numberIds: ['n1'], masked: ['138*5678'] }),
    v2row('wechat.com', { status: 'changed', firstSeen: 500 }),
    // added by hand: no URL to re-key from
    v2row('My bank app', { strength: 'manual', status: 'ignore' }),
    v2row('example.org'),
  ]);
  await old.table('evidence').bulkAdd([
    ev('cash.app', 'https://anyone.weebly.com/login', 3000),
    ev('cash.app', 'https://anyone.weebly.com/checkout', 3100),
    ev('okta.com', 'https://sjsu.okta.com/signin', 3200, { strength: 'submitted' }),
    ev('okta.com', 'https://acme.okta.com/login', 3300, { kinds: ['mfa-sms'] }),
    ev('degiro.nl', 'https://www.degiro.nl/login', 3400),
    ev('degiro.nl', 'https://x.co.no/login', 3500, { masked: ['*1234'] }),
    ev('qq.com', 'https://wx.qq.com/', 3600, { kinds: ['login-phone'], numberId: 'n1', masked: ['138*5678'] }),
    ev('wechat.com', 'https://web.wechat.com/', 3700),
    ev('My bank app', undefined, 3800, { source: 'manual', strength: 'manual' }),
    ev('example.org', 'https://www.example.org/login', 3900),
  ]);
  await old.table('numbers').add({ id: 'n1', label: 'Old phone', country: 'CN', prefix: '138', suffix: '5678', hash: 'h', salt: 's', nsnLength: 11, createdAt: 1 });
  old.close();
}

describe('version 3: sites keyed the old way are re-keyed from their evidence', () => {
  it('opens a version 2 database, moves rows and evidence to the site each page speaks for, and loses nothing', async () => {
    const name = freshName();
    await writeVersion2(name);
    const db = openDatabase(name, (row) => riskScore(row.kinds), siteForHost);
    await db.open();
    expect(db.verno).toBe(5);
    const sites = new Map((await db.sites.toArray()).map((r) => [r.site, r]));
    expect([...sites.keys()].sort()).toEqual(
      ['My bank app', 'acme.okta.com', 'anyone.weebly.com', 'degiro.nl', 'example.org', 'sjsu.edu', 'wechat.com', 'x.co.no'].sort(),
    );
    // whole row moved, with the person's decision and note
    expect(sites.get('anyone.weebly.com')).toMatchObject({ status: 'changed', note: 'done in March', statusAt: 5000, kinds: ['login-otp', 'mfa-sms'] });
    expect(sites.get('anyone.weebly.com')!.risk).toBe(riskScore(['login-otp', 'mfa-sms']));
    // split across two tenants: each a row from its own evidence, keeping the person's note;
    // Okta itself, which none of the pages were, is gone
    expect(sites.get('sjsu.edu')).toMatchObject({ status: 'todo', strength: 'submitted', firstSeen: 3200, lastSeen: 3200, note: 'work and university' });
    expect(sites.get('acme.okta.com')).toMatchObject({ status: 'todo', kinds: ['mfa-sms'], note: 'work and university' });
    // DEGIRO keeps its own row and decision; the stranger's site splits off with the settings page it showed
    expect(sites.get('degiro.nl')).toMatchObject({ status: 'unbound' });
    expect(sites.get('degiro.nl')!.settingsUrl).toBeUndefined();
    expect(sites.get('x.co.no')).toMatchObject({ status: 'todo', masked: ['*1234'], settingsUrl: 'https://x.co.no/account' });
    // QQ's row was WeChat on the web: it merges into the WeChat row, which keeps its status
    expect(sites.get('wechat.com')).toMatchObject({ status: 'changed', firstSeen: 500, kinds: ['login-otp', 'login-phone'], numberIds: ['n1'], masked: ['138*5678'] });
    // rows without URLs and rows already keyed right are untouched
    expect(sites.get('My bank app')).toMatchObject({ status: 'ignore', strength: 'manual' });
    expect(sites.get('example.org')).toMatchObject({ status: 'todo' });
    // every evidence row survives, pointing at its new site, and the [site+at] index follows
    expect(await db.evidence.count()).toBe(10);
    const evSites = (await db.evidence.orderBy('at').toArray()).map((e) => e.site);
    expect(evSites).toEqual([
      'anyone.weebly.com', 'anyone.weebly.com', 'sjsu.edu', 'acme.okta.com', 'degiro.nl', 'x.co.no',
      'wechat.com', 'wechat.com', 'My bank app', 'example.org',
    ]);
    expect(await db.evidence.where('[site+at]').between(['wechat.com', 0], ['wechat.com', Infinity]).count()).toBe(2);
    expect(await db.numbers.get('n1')).toMatchObject({ label: 'Old phone' });
    db.close();
  });

  it('re-keying is a no-op on rows already keyed by today\'s rule', () => {
    const plan = rekeySites(
      [v2row('taobao.com'), v2row('bilibili.com')],
      [ev('taobao.com', 'https://detail.tmall.com/item', 1, { id: 1 }), ev('bilibili.com', 'https://passport.bilibili.com/login', 2, { id: 2 })],
      siteForHost,
    );
    expect(plan).toEqual({ remove: [], put: [], move: [] });
  });
});

/** Writes a database as version 4 did, keyed by the catalog before its notOurs cuts. */
async function writeVersion4(name: string) {
  const old = new Dexie(name);
  old.version(2).stores(V2_STORES);
  old.version(4).stores(V4_STORES);
  await old.table('sites').bulkAdd([
    // DiDi's row held a visit to 99 (Brazil), a separate app; the person marked DiDi changed
    v2row('didiglobal.com', { status: 'changed', statusAt: 4000, note: 'DiDi done' }),
    // Rakuten Japan's row was in fact Rakuten Rewards (US) only
    v2row('rakuten.co.jp', { status: 'unbound', note: 'rewards', kinds: ['mfa-sms'] }),
  ]);
  await old.table('evidence').bulkAdd([
    ev('didiglobal.com', 'https://www.didiglobal.com/login', 3000),
    ev('didiglobal.com', 'https://99app.com/login', 3100, { masked: ['*4321'] }),
    ev('rakuten.co.jp', 'https://www.rakuten.com/account', 3200, { kinds: ['mfa-sms'] }),
  ]);
  old.close();
}

describe('version 5: rows the catalog\'s notOurs cuts apart are re-keyed', () => {
  it('opens a version 4 database: 99 leaves DiDi, Rakuten Rewards leaves Rakuten Japan, nothing lost', async () => {
    const name = freshName();
    await writeVersion4(name);
    const db = openDatabase(name, (row) => riskScore(row.kinds), siteForHost);
    await db.open();
    expect(db.verno).toBe(5);
    const sites = new Map((await db.sites.toArray()).map((r) => [r.site, r]));
    expect([...sites.keys()].sort()).toEqual(['99app.com', 'didiglobal.com', 'rakuten.com']);
    // DiDi keeps the person's decision; 99 is a row of its own, still to do, with what it showed
    expect(sites.get('didiglobal.com')).toMatchObject({ status: 'changed', note: 'DiDi done' });
    expect(sites.get('99app.com')).toMatchObject({ status: 'todo', masked: ['*4321'] });
    // the whole Rakuten row was Rakuten Rewards: it moves with its status and note
    expect(sites.get('rakuten.com')).toMatchObject({ status: 'unbound', note: 'rewards', kinds: ['mfa-sms'] });
    expect((await db.evidence.orderBy('at').toArray()).map((e) => e.site)).toEqual(['didiglobal.com', '99app.com', 'rakuten.com']);
    db.close();
  });
});
