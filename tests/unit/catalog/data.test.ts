// Tests that hold the catalog data honest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { CURATED, CURATED_CN, CURATED_GLOBAL } from '../../../utils/catalog/curated';
import { allEntries, catalogConflicts } from '../../../utils/catalog/lookup';
import { catalogStats } from '../../../utils/catalog/stats';
import { CATEGORIES, DIFFICULTIES, type GeneratedFile } from '../../../utils/catalog/types';
import { KINDS } from '../../../utils/types';

const entries = allEntries();
const urlsOf = (e: (typeof entries)[number]) =>
  [e.phone?.url, e.securityUrl, e.docUrl, e.deletion?.url].filter((u): u is string => !!u);

describe('catalog data', () => {
  it('has only https URLs that parse', () => {
    const bad: string[] = [];
    for (const e of entries)
      for (const u of urlsOf(e)) {
        let ok = false;
        try {
          ok = new URL(u).protocol === 'https:';
        } catch {
          ok = false;
        }
        if (!ok) bad.push(`${e.site}: ${u}`);
      }
    expect(bad).toEqual([]);
  });

  it('puts no domain in two sites', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const e of entries)
      for (const d of e.domains) {
        const prev = owner.get(d);
        if (prev) twice.push(`${d}: ${prev} and ${e.site}`);
        owner.set(d, e.site);
      }
    expect(twice).toEqual([]);
    expect(catalogConflicts()).toEqual([]);
  });

  it('keys every site by its first domain, all lower-case hostnames under a public suffix', () => {
    const bad = entries.flatMap((e) =>
      e.domains[0] !== e.site
        ? [`${e.site}: first domain ${e.domains[0]}`]
        : e.domains.filter((d) => !/^[a-z0-9.-]+$/.test(d) || !getDomain(d, { allowPrivateDomains: false })),
    );
    expect(bad).toEqual([]);
  });

  it('uses only known kinds, categories and difficulties', () => {
    for (const e of entries) {
      expect(KINDS).toEqual(expect.arrayContaining(e.kinds));
      expect(CATEGORIES).toContain(e.category);
      if (e.deletion?.difficulty) expect(DIFFICULTIES).toContain(e.deletion.difficulty);
    }
  });

  it('knows at least 1,000 sites that use a phone number', () => {
    expect(catalogStats(entries).withPhoneUse).toBeGreaterThanOrEqual(1000);
  });
});

describe('curated entries', () => {
  it.each(CURATED.map((c) => [c.site, c] as const))('%s has kinds, names, guidance and an honest source', (_s, c) => {
    expect(c.kinds.length).toBeGreaterThan(0);
    expect(c.name.en.trim()).not.toBe('');
    expect(c.name.zh.trim()).not.toBe('');
    expect(c.domains[0]).toBe(c.site);
    expect(!!c.phone.url || (!!c.phone.app?.en.trim() && !!c.phone.app?.zh.trim())).toBe(true);
    if (c.phone.app) expect(c.phone.app.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(['yes', 'replace-only', 'unknown']).toContain(c.removable);
    // Nothing here was checked against the live service, and the source must say so
    // until a person does and records when.
    if (c.checked) expect(c.checked).toMatch(/^\d{4}-\d{2}$/);
    else expect(c.source).toMatch(/not verified/);
  });

  it('lists each site once', () => {
    const sites = CURATED.map((c) => c.site);
    expect(new Set(sites).size).toBe(sites.length);
  });

  it('covers at least 80 Chinese and 100 global services', () => {
    expect(CURATED_CN.length).toBeGreaterThanOrEqual(80);
    expect(CURATED_GLOBAL.length).toBeGreaterThanOrEqual(100);
  });

  const has = (list: typeof CURATED, name: string) => {
    const re = new RegExp(`(^|[^A-Za-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9])`, 'i');
    return list.some((c) => re.test(c.name.en));
  };
  it.each([
    'Alipay', 'Taobao', 'Tmall', 'Xianyu', 'WeChat', 'QQ', 'Douyin', 'Kuaishou', 'Meituan', 'Dianping',
    'Ele.me', 'Bilibili', 'Zhenai', 'JD', 'Pinduoduo', 'Weibo', 'Baidu', 'Zhihu', 'Xiaohongshu', 'Ctrip',
    '12306', 'DiDi', 'NetEase', 'iQIYI', 'Tencent Video', 'Youku', 'Toutiao', 'Douban', 'Huawei', 'Xiaomi',
    'UnionPay', 'ICBC', 'CCB', 'ABC', 'BOC', 'BoCom', 'CMB', 'PSBC',
  ])('Chinese list includes %s', (name) => {
    expect(has(CURATED_CN, name)).toBe(true);
  });
  it.each([
    'Google', 'Apple', 'Microsoft', 'Facebook', 'Instagram', 'WhatsApp', 'Telegram', 'Signal', 'X', 'LinkedIn',
    'Amazon', 'PayPal', 'eBay', 'Uber', 'Airbnb', 'Discord', 'Snapchat', 'TikTok', 'Yahoo', 'Venmo', 'Cash App',
    'Coinbase', 'Revolut', 'LINE', 'KakaoTalk', 'Naver', 'VK', 'Yandex', 'Grab', 'Paytm', 'Chase',
    'Bank of America', 'Wells Fargo', 'Citi', 'HSBC', 'Barclays', 'BNP Paribas', 'Deutsche Bank', 'ING', 'Santander',
  ])('global list includes %s', (name) => {
    expect(has(CURATED_GLOBAL, name)).toBe(true);
  });
});

describe('generated.json', () => {
  const raw = readFileSync(path.join(__dirname, '../../../utils/catalog/generated.json'), 'utf8');
  const file = JSON.parse(raw) as GeneratedFile;
  const allowed = ['site', 'domains', 'name', 'kinds', 'category', 'regions', 'securityUrl', 'docUrl', 'deletion', 'src'];

  it('holds only the fields the extension uses, one site per line', () => {
    const extra = file.sites.flatMap((s) => Object.keys(s).filter((k) => !allowed.includes(k)));
    expect(extra).toEqual([]);
    expect(raw.split('\n').length).toBe(file.sites.length + 3);
    expect(file.sites.every((s) => /^[taj]+$/.test(s.src))).toBe(true);
  });

  it('credits each public source with its commit', () => {
    expect(Object.keys(file.sources).sort()).toEqual(['apple-password-manager-resources', 'justdeleteme', 'twofactorauth']);
  });
});
