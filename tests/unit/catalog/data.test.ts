// Tests that hold the catalog data honest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { curatedDir, readCurated, serializeCurated } from '../../../scripts/catalog-build';
import { identify } from '../../../utils/catalog/identity';
import { allEntries, catalogConflicts } from '../../../utils/catalog/lookup';
import { catalogStats } from '../../../utils/catalog/stats';
import { CATEGORIES, DIFFICULTIES, type GeneratedFile } from '../../../utils/catalog/types';
import { KINDS } from '../../../utils/types';

const entries = allEntries();
const urlsOf = (e: (typeof entries)[number]) =>
  [...(e.numbers ?? []).map((n) => n.web?.value), e.securityUrl, e.twoStepHelp, e.deletion?.url].filter((u): u is string => !!u);

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

  it('keys every site by its first domain, all lower-case hostnames that are one account (not a public suffix)', () => {
    const bad = entries.flatMap((e) =>
      e.domains[0] !== e.site
        ? [`${e.site}: first domain ${e.domains[0]}`]
        : e.domains.filter((d) => {
            const id = /^[a-z0-9.-]+$/.test(d) ? identify(d) : null;
            return !id || id.kind === 'suffix' || id.kind === 'local';
          }),
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

describe('curated entries (data/catalog/sites)', () => {
  const { sites: CURATED, errors } = readCurated(curatedDir);
  const CURATED_CN = CURATED.filter((c) => c.regions?.includes('cn'));
  const CURATED_GLOBAL = CURATED.filter((c) => !c.regions?.includes('cn'));

  it('every file passes the schema (file and field named otherwise)', () => {
    expect(errors).toEqual([]);
    expect(CURATED.length).toBeGreaterThanOrEqual(295);
  });

  it('utils/catalog/curated.json is built from the current files (run npm run catalog:build)', () => {
    const built = readFileSync(path.join(__dirname, '../../../utils/catalog/curated.json'), 'utf8');
    const lines = new Set(built.split('\n').map((l) => l.replace(/,$/, '')));
    const stale = CURATED.filter((c) => !lines.has(JSON.stringify(c))).map((c) => c.site);
    expect(stale).toEqual([]);
    expect(built).toBe(serializeCurated(CURATED));
  });

  it.each(CURATED.map((c) => [c.site, c] as const))('%s says where each number is changed, in both languages', (_s, c) => {
    for (const n of c.numbers) {
      expect(!!n.web || !!n.app).toBe(true);
      if (n.app) expect(n.app.value.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('covers at least 80 Chinese and 100 global services', () => {
    expect(CURATED_CN.length).toBeGreaterThanOrEqual(80);
    expect(CURATED_GLOBAL.length).toBeGreaterThanOrEqual(100);
  });

  const has = (list: readonly { name: { en: string } }[], name: string) => {
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
  const allowed = ['site', 'domains', 'name', 'kinds', 'category', 'regions', 'securityUrl', 'twoStepHelp', 'deletion', 'src'];

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
