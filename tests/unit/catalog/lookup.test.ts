import { describe, expect, it } from 'vitest';
import {
  allEntries,
  buildCatalog,
  entryForSite,
  searchCatalog,
  siteForHost,
  usesPhone,
} from '../../../utils/catalog/lookup';
import type { CuratedSite, GeneratedFile } from '../../../utils/catalog/types';

describe('siteForHost', () => {
  it.each([
    ['passport.bilibili.com', 'bilibili.com'],
    ['https://passport.bilibili.com/login?x=1', 'bilibili.com'],
    ['WWW.TMALL.COM', 'taobao.com'],
    ['detail.tmall.com', 'taobao.com'],
    ['taobao.com', 'taobao.com'],
    ['amazon.co.jp', 'amazon.com'],
    ['www.amazon.de', 'amazon.com'],
    ['ebay.co.uk', 'ebay.com'],
    ['twitter.com', 'x.com'],
    ['weixin.qq.com', 'wechat.com'],
    ['v.qq.com', 'v.qq.com'],
    ['mail.qq.com', 'qq.com'],
    ['m.jd.com', 'jd.com'],
    ['yangkeduo.com', 'pinduoduo.com'],
  ])('%s -> %s', (host, site) => {
    expect(siteForHost(host)).toBe(site);
  });

  it('gives unknown sites their registrable domain', () => {
    expect(siteForHost('forum.some-tiny-shop.co.uk')).toBe('some-tiny-shop.co.uk');
    expect(entryForSite('some-tiny-shop.co.uk')).toBeUndefined();
  });

  it('lets IP addresses and localhost stand for themselves, with no entry', () => {
    expect(siteForHost('localhost')).toBe('localhost');
    expect(siteForHost('http://127.0.0.1:8080/login')).toBe('127.0.0.1');
    expect(siteForHost('https://[::1]/')).toBe('::1');
    expect(entryForSite('localhost')).toBeUndefined();
    expect(entryForSite('127.0.0.1')).toBeUndefined();
  });

  it('returns null for what is not a host', () => {
    expect(siteForHost('')).toBeNull();
  });
});

describe('entryForSite', () => {
  it('finds the entry by its site and by any of its domains', () => {
    const taobao = entryForSite('taobao.com');
    expect(taobao?.name.zh).toContain('天猫');
    expect(entryForSite('tmall.com')).toBe(taobao);
    expect(taobao?.domains).toEqual(expect.arrayContaining(['taobao.com', 'tmall.com']));
  });

  it('merges public facts into a curated entry of the same account', () => {
    const amazon = entryForSite('amazon.com');
    expect(amazon?.origin).toBe('curated');
    // the public data groups Amazon's country stores and says it offers SMS 2FA
    expect(amazon?.domains).toContain('amazon.co.jp');
    expect(amazon?.kinds).toContain('mfa-sms');
    expect(amazon?.kindsFact?.status).toMatch(/^(sourced|unverified)$/);
    expect(amazon?.source).toMatch(/2fa\.directory/);
  });

  it('knows generated sites from the public data', () => {
    const e = entryForSite('123-reg.co.uk');
    expect(e?.origin).toBe('generated');
    expect(usesPhone(e)).toBe(true);
    expect(e?.twoStepHelp).toMatch(/^https:\/\//);
  });
});

describe('buildCatalog', () => {
  const gen: GeneratedFile = {
    format: 1,
    sources: {},
    sites: [
      { site: 'shop.com', domains: ['shop.de'], name: 'Shop', kinds: ['mfa-sms'], securityUrl: 'https://shop.com/sec', src: 'ta' },
      { site: 'other.com', src: 'j', deletion: { difficulty: 'hard' } },
    ],
  };
  const cur: CuratedSite = {
    site: 'shop.com',
    domains: ['shop.com', 'shop.fr'],
    name: { en: 'Shop', zh: '商店' },
    kinds: { value: ['login-otp'], status: 'unverified' },
    category: 'shopping',
    numbers: [
      {
        app: { value: { en: 'Me > Phone', zh: '我 > 手机' }, status: 'unverified' },
        removable: { value: 'replace-only', status: 'unverified' },
      },
    ],
  };

  it('unions domains and kinds, keeps curated guidance and public fallbacks', () => {
    const c = buildCatalog(gen, [cur]);
    const shop = c.byDomain.get('shop.de');
    expect(shop?.site).toBe('shop.com');
    expect(shop?.domains).toEqual(['shop.com', 'shop.de', 'shop.fr']);
    expect(shop?.kinds).toEqual(['login-otp', 'mfa-sms']);
    expect(shop?.securityUrl).toBe('https://shop.com/sec');
    expect(shop?.numbers?.[0]?.app?.value.zh).toBe('我 > 手机');
    expect(c.entries.map((e) => e.site)).toEqual(['other.com', 'shop.com']);
    expect(c.byDomain.get('other.com')?.kinds).toEqual([]);
    expect(c.conflicts).toEqual([]);
  });

  it('takes another product\'s domains into the account, never its documentation or regions', () => {
    const nest: GeneratedFile = {
      format: 1,
      sources: {},
      sites: [
        {
          site: 'nest.com', domains: ['google.com'], name: 'Google Nest', kinds: ['mfa-sms'], regions: ['us'],
          twoStepHelp: 'https://support.google.com/googlenest/answer/9295081', securityUrl: 'https://myaccount.google.com/security', src: 'ta',
        },
      ],
    };
    const google = buildCatalog(nest, [{ ...cur, site: 'google.com', domains: ['google.com'] }]).byDomain.get('nest.com');
    expect(google?.site).toBe('google.com');
    expect(google?.regions).toBeUndefined();
    expect(google?.twoStepHelp).toBeUndefined();
    expect(google?.kinds).toEqual(['login-otp']);
    // a change-password page of the same account is still the account's page
    expect(google?.securityUrl).toBe('https://myaccount.google.com/security');
  });

  it('reports two curated entries claiming one domain', () => {
    const twin = { ...cur, site: 'shop.fr', domains: ['shop.fr'] };
    expect(buildCatalog(gen, [cur, twin]).conflicts).toEqual(['shop.fr: shop.com and shop.fr']);
  });
});

describe('searchCatalog', () => {
  it('finds by English name, Chinese name and domain, case-insensitively', () => {
    expect(searchCatalog('ALIPAY', 5)[0]?.site).toBe('alipay.com');
    expect(searchCatalog('支付宝', 5)[0]?.site).toBe('alipay.com');
    expect(searchCatalog('tmall.com', 5)[0]?.site).toBe('taobao.com');
    expect(searchCatalog('工商', 5).map((e) => e.site)).toContain('icbc.com.cn');
  });

  it('puts exact and prefix matches before substrings, and honours the limit', () => {
    const hits = searchCatalog('bank', 10);
    expect(hits).toHaveLength(10);
    expect(hits[0]!.domains.some((d) => d.startsWith('bank')) || hits[0]!.name.en.toLowerCase().startsWith('bank')).toBe(true);
    expect(searchCatalog('   ', 10)).toEqual([]);
    expect(searchCatalog('zzzz-no-such-service-zzzz', 10)).toEqual([]);
  });
});

describe('allEntries', () => {
  it('lists each site once, sorted', () => {
    const sites = allEntries().map((e) => e.site);
    expect(new Set(sites).size).toBe(sites.length);
    expect([...sites].sort()).toEqual(sites);
  });
});
