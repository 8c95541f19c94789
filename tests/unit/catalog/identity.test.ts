// Which site a host speaks for: the inventory key every screen, import and export relies on.
import { describe, expect, it } from 'vitest';
import { generate, type Sources } from '../../../utils/catalog/generate';
import { identify, PLATFORMS } from '../../../utils/catalog/identity';
import { entryForSite, siteForHost } from '../../../utils/catalog/lookup';
import type { CuratedSite } from '../../../utils/catalog/types';
import { rekeySites, type EvidenceRow, type SiteRow } from '../../../utils/db/schema';

describe('siteForHost: the site each host must speak for', () => {
  it.each([
    // user-content hosts under private public suffixes are each their own site
    ['anyone.weebly.com', 'anyone.weebly.com'],
    ['shop.square.site', 'shop.square.site'],
    ['someone.github.io', 'someone.github.io'],
    ['a-shop.myshopify.com', 'a-shop.myshopify.com'],
    ['another-shop.myshopify.com', 'another-shop.myshopify.com'],
    ['diary.blogspot.com', 'diary.blogspot.com'],
    ['mybucket.s3.amazonaws.com', 'mybucket.s3.amazonaws.com'],
    // co.no is a public suffix anyone can register under
    ['x.co.no', 'x.co.no'],
    ['www.x.co.no', 'x.co.no'],
    ['degiro.co.no', 'degiro.nl'],
    // multi-tenant platforms: the tenant is the site
    ['acme.okta.com', 'acme.okta.com'],
    ['login.acme.okta.com', 'acme.okta.com'],
    ['sjsu.okta.com', 'sjsu.edu'],
    ['acme.zendesk.com', 'acme.zendesk.com'],
    ['acme.service-now.com', 'acme.service-now.com'],
    ['acme.atlassian.net', 'acme.atlassian.net'],
    ['acme.force.com', 'acme.force.com'],
    ['acme.lightning.force.com', 'acme.lightning.force.com'],
    ['acme.my.salesforce.com', 'acme.my.salesforce.com'],
    ['acme-app.amazonaws.com', 'acme-app.amazonaws.com'],
    ['blog.wordpress.com', 'blog.wordpress.com'],
    // ... while the vendor's own pages are the vendor
    ['okta.com', 'okta.com'],
    ['www.okta.com', 'okta.com'],
    ['help.okta.com', 'okta.com'],
    ['www.zendesk.com', 'zendesk.com'],
    ['sjsu.edu', 'sjsu.edu'],
    ['heroku.com', 'heroku.com'],
    ['dashboard.heroku.com', 'heroku.com'],
    ['verify.salesforce.com', 'salesforce.com'],
    // one account under several names
    ['wx.qq.com', 'wechat.com'],
    ['wx2.qq.com', 'wechat.com'],
    ['weixin.qq.com', 'wechat.com'],
    ['qq.com', 'qq.com'],
    ['mail.qq.com', 'qq.com'],
    ['v.qq.com', 'v.qq.com'],
    ['discordapp.com', 'discord.com'],
    ['passport.bilibili.com', 'bilibili.com'],
    // a group domain a curated entry says is not its own (notOurs) is its own site
    ['99app.com', '99app.com'],
    ['didimobility.co.jp', 'didimobility.co.jp'],
    ['www.didichuxing.com', 'didiglobal.com'],
    ['www.rakuten.com', 'rakuten.com'],
    ['rakuten.co.uk', 'rakuten.com'],
    ['id.rakuten.co.jp', 'rakuten.co.jp'],
    ['alibabacloud.com', 'alibabacloud.com'],
    ['account.aliyun.com', 'aliyun.com'],
    ['clearpay.co.uk', 'clearpay.co.uk'],
    ['afterpay.com.au', 'afterpay.com'],
  ])('%s -> %s', (host, site) => {
    expect(siteForHost(host)).toBe(site);
    expect(siteForHost(`https://${host}/login?next=1`)).toBe(site);
  });

  it.each([
    ['anyone.weebly.com', ['cash.app', 'squareup.com', 'weebly.com']],
    ['shop.square.site', ['cash.app', 'squareup.com']],
    ['x.co.no', ['degiro.nl', 'co.no']],
    ['sjsu.edu', ['okta.com']],
    ['sjsu.okta.com', ['okta.com']],
    ['acme.zendesk.com', ['zendesk.com']],
    ['acme.service-now.com', ['service-now.com']],
    ['acme.atlassian.net', ['atlassian.net', 'atlassian.com']],
    ['acme.force.com', ['force.com', 'salesforce.com']],
    ['acme-app.amazonaws.com', ['amazonaws.com', 'amazon.com']],
    ['a-shop.myshopify.com', ['myshopify.com', 'shopify.com', 'another-shop.myshopify.com']],
    ['heroku.com', ['salesforce.com']],
    ['wx.qq.com', ['qq.com']],
    // another product of the same group, or another country's own company, has its own account
    ['squareup.com', ['cash.app']],
    ['vodafone.co.uk', ['vodafone.com']],
    ['vodafone.de', ['vodafone.com', 'vodafone.co.uk']],
    ['hsbc.co.uk', ['hsbc.com']],
    ['hsbc.com.cn', ['hsbc.com', 'hsbc.co.uk']],
    ['ing.de', ['ing.com']],
    ['nu.com.mx', ['nubank.com.br']],
    ['mercari.jp', ['mercari.com']],
    ['shopee.sg', ['shopee.com']],
    ['kwai.com', ['kuaishou.com']],
    ['iq.com', ['iqiyi.com']],
    ['huaweicloud.com', ['huawei.com']],
    ['163yun.com', ['163.com']],
    ['wps.com', ['wps.cn']],
    ['99app.com', ['didiglobal.com']],
    ['didimobility.co.jp', ['didiglobal.com']],
    ['rakuten.com', ['rakuten.co.jp']],
    ['rakuten.ca', ['rakuten.co.jp']],
    ['rakuten.co.uk', ['rakuten.co.jp']],
    ['alibabacloud.com', ['aliyun.com']],
    ['clearpay.co.uk', ['afterpay.com']],
  ])('%s never speaks for %j', (host, not) => {
    const site = siteForHost(host);
    for (const other of not) expect(site).not.toBe(other);
    expect(entryForSite(site!)?.site ?? site).not.toBe(not[0]);
  });

  it('gives a user-content host no catalog entry of its platform', () => {
    expect(entryForSite(siteForHost('anyone.weebly.com')!)).toBeUndefined();
    expect(entryForSite(siteForHost('x.co.no')!)).toBeUndefined();
    expect(entryForSite(siteForHost('acme.okta.com')!)).toBeUndefined();
  });

  it('lets a bare public suffix, localhost and IP addresses stand for themselves, with no entry', () => {
    expect(siteForHost('github.io')).toBe('github.io');
    expect(entryForSite('github.io')).toBeUndefined();
    expect(siteForHost('localhost')).toBe('localhost');
    expect(siteForHost('http://192.168.1.1/')).toBe('192.168.1.1');
    expect(siteForHost('')).toBeNull();
  });
});

describe('no entry lends documentation or regions to another product', () => {
  it.each([
    ['google.com', /googlenest|safety\.google/, 'us'],
    ['baidu.com', /cloud\.baidu\.com/, undefined],
    ['spotify.com', /artists\.spotify\.com/, undefined],
    ['huawei.com', /huaweicloud\.com/, undefined],
    ['vodafone.com', /vodafone/, 'gb'],
    ['nubank.com.br', /nu\.com\.mx/, 'mx'],
    ['kuaishou.com', /kwai/, undefined],
  ])('%s', (site, foreignDoc, foreignRegion) => {
    const e = entryForSite(site);
    expect(e?.site).toBe(site);
    expect(e?.twoStepHelp ?? '').not.toMatch(foreignDoc);
    if (foreignRegion) expect(e?.regions ?? []).not.toContain(foreignRegion);
  });

  it('Rakuten (Japan) lends nothing of Rakuten Rewards (US), nor takes its security page', () => {
    const jp = entryForSite('rakuten.co.jp');
    const us = entryForSite('rakuten.com');
    expect(jp?.site).toBe('rakuten.co.jp');
    expect(jp?.domains).not.toContain('rakuten.com');
    expect(jp?.securityUrl ?? '').not.toMatch(/\/\/(www\.)?rakuten\.com\//);
    expect(jp?.deletion?.url ?? '').not.toMatch(/rakuten\.com\//);
    expect(us?.site).toBe('rakuten.com');
    expect(us?.origin).toBe('generated');
    expect(us?.regions ?? []).not.toContain('jp');
    expect(us?.numbers).toBeUndefined();
  });

  it.each([
    ['99app.com', 'didiglobal.com'],
    ['alibabacloud.com', 'aliyun.com'],
  ])('%s is its own entry, with its own public data and none of %s', (site, from) => {
    const e = entryForSite(site);
    const theirs = entryForSite(from)!;
    expect(e?.site).toBe(site);
    expect(e?.origin).toBe('generated');
    expect(e?.name.zh).toBeUndefined();
    expect(e?.name.en).not.toBe(theirs.name.en);
    expect(e?.numbers).toBeUndefined();
    expect(theirs.domains).not.toContain(site);
  });

  it('Afterpay is not Clearpay: neither its domain nor the UK region', () => {
    const e = entryForSite('afterpay.com');
    expect(e?.domains).not.toContain('clearpay.co.uk');
    expect(e?.regions ?? []).not.toContain('gb');
    expect(entryForSite('clearpay.co.uk')).toBeUndefined();
  });

  it('Baidu is not named after Baidu AI Cloud', () => {
    expect(entryForSite('baidu.com')?.name.en).not.toMatch(/cloud/i);
    expect(entryForSite('spotify.com')?.name.en).not.toMatch(/artists/i);
  });
});

describe('rows stored under the old groups move when re-keyed from their evidence', () => {
  // What a database keyed before notOurs holds: 99's and Rakuten US's pages under DiDi and
  // Rakuten Japan. rekeySites (utils/db/schema.ts) moves them with today's siteForHost.
  const row = (site: string, over: Partial<SiteRow> = {}): SiteRow => ({
    site, kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 1, lastSeen: 2, risk: 0, numberIds: [], ...over,
  });
  const ev = (id: number, site: string, url: string): EvidenceRow => ({
    id, site, url, at: id, source: 'page', strength: 'visited', kinds: ['login-otp'],
  });

  it('moves 99app.com evidence off DiDi and a whole Rakuten Rewards row off Rakuten Japan', () => {
    const plan = rekeySites(
      [row('didiglobal.com', { status: 'changed' }), row('rakuten.co.jp', { status: 'unbound', note: 'cash back' })],
      [
        ev(1, 'didiglobal.com', 'https://web.didiglobal.com/login'),
        ev(2, 'didiglobal.com', 'https://99app.com/login'),
        ev(3, 'rakuten.co.jp', 'https://www.rakuten.com/account'),
      ],
      siteForHost,
    );
    expect(plan.move).toEqual([{ id: 2, site: '99app.com' }, { id: 3, site: 'rakuten.com' }]);
    expect(plan.remove).toEqual(['rakuten.co.jp']);
    const put = new Map(plan.put.map((r) => [r.site, r]));
    // DiDi keeps its own evidence and status; 99 starts undecided
    expect(put.get('99app.com')).toMatchObject({ status: 'todo' });
    expect(put.has('didiglobal.com')).toBe(false);
    expect(put.get('rakuten.com')).toMatchObject({ status: 'unbound', note: 'cash back' });
  });
});

describe('identify', () => {
  it.each([
    ['shop.example.com', 'example.com', 'domain'],
    ['x.co.no', 'x.co.no', 'user-content'],
    ['co.no', 'co.no', 'suffix'],
    ['co.uk', 'co.uk', 'suffix'],
    ['acme.okta.com', 'acme.okta.com', 'tenant'],
    ['a.b.acme.okta.com', 'acme.okta.com', 'tenant'],
    ['okta.com', 'okta.com', 'domain'],
    ['support.okta.com', 'okta.com', 'domain'],
    ['lightning.force.com', 'force.com', 'domain'],
    ['intranet', 'intranet', 'local'],
    ['10.0.0.1', '10.0.0.1', 'local'],
  ])('%s -> %s (%s)', (host, key, kind) => {
    expect(identify(host)).toEqual({ host, key, kind });
  });

  it('keeps the platform list well formed: lower-case domains under a public suffix, listed once', () => {
    const domains = PLATFORMS.map((p) => p.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const p of PLATFORMS) {
      expect(p.domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(identify(p.domain)?.kind).toBe('domain');
      expect(p.name.trim()).not.toBe('');
    }
  });
});

describe('the generator reduces data domains with the same rule', () => {
  const tfa = (domain: string, extra: Record<string, unknown> = {}) => ({
    [`entries/x/${domain}.json`]: { [domain]: { domain, tfa: ['sms'], categories: ['banking'], ...extra } },
  });
  const run = (s: Partial<Sources>, curated: CuratedSite[] = []) =>
    generate({ tfa: {}, changePassword: {}, shared: [], jdm: [], ...s } as Sources, curated);

  it('merges Apple from/to one way only: obsolete names join, a shared sign-in host does not', () => {
    const { file } = run({
      tfa: { ...tfa('salesforce.com'), ...tfa('heroku.com'), ...tfa('discord.com') },
      shared: [
        { from: ['heroku.com'], to: ['verify.salesforce.com'] },
        { from: ['discordapp.com'], to: ['discord.com'], fromDomainsAreObsoleted: true },
      ],
    });
    const by = new Map(file.sites.map((s) => [s.site, s]));
    expect(by.get('salesforce.com')?.domains).toBeUndefined();
    expect(by.get('heroku.com')).toBeDefined();
    expect(by.get('discord.com')?.domains).toEqual(['discordapp.com']);
  });

  it('does not merge an additional domain that is a public suffix or a platform tenant of the vendor', () => {
    const { file, problems } = run({
      tfa: {
        ...tfa('degiro.nl', { 'additional-domains': ['degiro.co.no', 'co.no'] }),
        ...tfa('sjsu.edu', { 'additional-domains': ['sjsu.okta.com'] }),
        ...tfa('okta.com'),
      },
    });
    const by = new Map(file.sites.map((s) => [s.site, s]));
    expect(by.get('degiro.nl')?.domains).toEqual(['degiro.co.no']);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/"co\.no" is not one site/);
    // the tenant host joins SJSU as a host-level key; okta.com stays Okta
    expect(by.get('sjsu.edu')?.domains).toEqual(['sjsu.okta.com']);
    expect(by.get('okta.com')?.domains).toBeUndefined();
  });

  it('keeps a curated entry\'s notOurs domains out of its group, whichever data set links them', () => {
    const curated = [
      { site: 'ride.com', domains: ['ride.com'], notOurs: [{ domain: 'ride.com.br', reason: 'another company' }, { domain: 'ride-partner.com', reason: 'x' }] },
    ] as unknown as CuratedSite[];
    const { file, problems, errors } = run(
      {
        tfa: { ...tfa('ride.com', { 'additional-domains': ['ride.co.jp', 'ride-partner.com'], regions: ['cn', 'br'] }) },
        changePassword: { 'ride.com.br': 'https://ride.com.br/security' },
        shared: [{ shared: ['ride.co.jp', 'ride.com.br'] }],
        jdm: [{ name: 'Ride BR', domains: ['ride.com.br', 'ride.com'], url: 'https://ride.com.br/delete', difficulty: 'easy' }],
      },
      curated,
    );
    const by = new Map(file.sites.map((s) => [s.site, s]));
    expect(errors).toEqual([]);
    // ride.co.jp is not listed: it stays; the link from it to ride.com.br is what gets cut
    expect(by.get('ride.com')?.domains).toEqual(['ride.co.jp']);
    expect(by.get('ride.com')?.securityUrl).toBeUndefined();
    expect(by.get('ride.com.br')).toMatchObject({ name: 'Ride BR', securityUrl: 'https://ride.com.br/security' });
    expect(by.get('ride.com.br')?.domains).toBeUndefined();
    expect(problems.filter((p) => /lists it in notOurs/.test(p.reason)).map((p) => p.file)).toEqual([
      'twofactorauth/entries.json',
      'apple-password-manager-resources/quirks/shared-credentials.json',
      'justdeleteme/sites.json',
    ]);
  });

  it('names the file and field of a notOurs domain the data does not group with the entry', () => {
    const curated = [{ site: 'ride.com', domains: ['ride.com'], notOurs: [{ domain: 'elsewhere.com', reason: 'x' }] }] as unknown as CuratedSite[];
    const { errors, file } = run({ tfa: { ...tfa('ride.com'), ...tfa('elsewhere.com') } }, curated);
    expect(errors).toEqual([`ride.com.json: notOurs[0].domain: "elsewhere.com" is not in this entry's public-data group; nothing to keep apart`]);
    expect(file.sites.map((s) => s.site)).toEqual(['elsewhere.com', 'ride.com']);
  });

  it('gives a product on a host below a domain no say over the domain', () => {
    const { file } = run({
      tfa: tfa('cloud.baidu.com', { regions: ['cn'], documentation: 'https://intl.cloud.baidu.com/doc/IAM' }),
      jdm: [{ name: 'Baidu', domains: ['baidu.com'], url: 'https://passport.baidu.com/delete', difficulty: 'medium' }],
    });
    const baidu = file.sites.find((s) => s.site === 'baidu.com');
    expect(baidu).toMatchObject({ name: 'Baidu' });
    expect(baidu?.twoStepHelp).toBeUndefined();
    expect(baidu?.regions).toBeUndefined();
    expect(baidu?.kinds).toBeUndefined();
  });
});
