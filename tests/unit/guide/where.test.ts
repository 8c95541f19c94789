import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@/utils/catalog/types';
import { basisText, guidanceFor } from '@/utils/guide/where';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import { safeWebUrl } from '@/utils/url';

const base: CatalogEntry = {
  site: 'example.com', domains: ['example.com'], name: { en: 'Example' }, kinds: ['login-otp'],
  category: 'other', origin: 'curated', source: 'test',
};
const row = { site: 'example.com' };
const un = <T>(value: T) => ({ value, status: 'unverified' as const });
const phone = (web?: string, app?: { en: string; zh: string }) => ({
  numbers: [{ ...(web ? { web: un(web) } : {}), ...(app ? { app: un(app) } : {}), removable: un('unknown' as const) }],
});

describe('guidanceFor: best place first', () => {
  it.each([
    ['curated phone page beats everything', { ...phone('https://example.com/phone'), securityUrl: 'https://example.com/sec' }, 'https://x.example.com/learned', 'https://example.com/phone', 'phone'],
    ['learned settings page beats the security page', { securityUrl: 'https://example.com/sec' }, 'https://x.example.com/learned', 'https://x.example.com/learned', 'learned'],
    ['security page beats well-known', { securityUrl: 'https://example.com/sec' }, undefined, 'https://example.com/sec', 'security'],
    ['well-known when nothing else', {}, undefined, 'https://example.com/.well-known/change-password', 'well-known'],
  ])('%s', (_name, over, learned, url, source) => {
    const g = guidanceFor({ ...row, ...(learned ? { settingsUrl: learned } : {}) }, { ...base, ...over }, 'en');
    expect(g.url).toBe(url);
    expect(g.source).toBe(source);
  });

  it('skips links that are not http(s)', () => {
    const g = guidanceFor({ site: 'example.com', settingsUrl: 'javascript:alert(1)' }, { ...base, securityUrl: 'data:text/html,x' }, 'en');
    expect(g.source).toBe('well-known');
    expect(safeWebUrl('ftp://example.com/')).toBeUndefined();
  });

  it('a hand-added app name that is not a host gets no web link', () => {
    const g = guidanceFor({ site: 'My bank app' }, undefined, 'en');
    expect(g.url).toBeUndefined();
  });

  it('app-first services give the in-app path in the person language', () => {
    const entry = { ...base, ...phone(undefined, { en: 'Me > Settings > Phone', zh: '我 > 设置 > 手机号' }) };
    const zh = guidanceFor(row, entry, 'zh');
    expect(zh).toMatchObject({ appFirst: true, app: '我 > 设置 > 手机号' });
    expect(guidanceFor(row, entry, 'en').app).toBe('Me > Settings > Phone');
    // Once the person's own browsing found a settings page, the web page leads.
    expect(guidanceFor({ ...row, settingsUrl: 'https://example.com/s' }, entry, 'en').appFirst).toBe(false);
  });

  it('offers deletion with its difficulty, and only safe links', () => {
    const g = guidanceFor(row, { ...base, deletion: { url: 'https://example.com/delete', difficulty: 'hard' } }, 'en');
    expect(g.deletion).toEqual({ url: 'https://example.com/delete', difficulty: 'hard' });
    const bad = guidanceFor(row, { ...base, deletion: { url: 'javascript:x', difficulty: 'easy' } }, 'en');
    expect(bad.deletion).toEqual({ difficulty: 'easy' });
  });
});

/** t() over a messages.json, as the browser fills placeholders. */
const translator = (messages: Record<string, { message: string }>) => (key: string, subs?: string | (string | number)[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return messages[key]!.message.replace(/\$P(\d)\$/g, (_m, i: string) => String(list[Number(i) - 1]));
};
const tEn = translator(en as Record<string, { message: string }>);
const tZh = translator(zh as Record<string, { message: string }>);

describe('guidance says how sure it is', () => {
  const sourced = {
    value: 'https://example.com/phone',
    status: 'sourced' as const,
    sources: [
      { url: 'https://blog.example.net/how', type: 'third-party' as const, retrieved: '2026-11-01' },
      { url: 'https://help.example.com/phone', type: 'official' as const, retrieved: '2026-12-01' },
    ],
  };
  const entry: CatalogEntry = {
    ...base,
    name: { en: 'Example', zh: '示例' },
    numbers: [
      {
        web: sourced,
        app: { value: { en: 'Me > Settings > Phone', zh: '我 > 设置 > 手机号' }, status: 'unverified', typical: true },
        removable: { value: 'replace-only', status: 'unverified' },
        delay: { value: { en: 'about 7 days', zh: '约 7 天' }, status: 'unverified' },
      },
      {
        role: { en: 'Security phone', zh: '密保手机' },
        app: { value: { en: 'Security centre > Phone', zh: '安全中心 > 密保手机' }, status: 'unverified' },
        removable: { value: 'unknown', status: 'unverified' },
        lostNumber: { value: { en: 'Appeal with ID', zh: '身份证申诉' }, status: 'unverified' },
      },
    ],
    twoStepHelp: 'https://help.example.com/2sv',
  };

  it('a sourced page: from the site\'s help, checked on the date of its best (official) source', () => {
    const g = guidanceFor(row, entry, 'en');
    expect(g.source).toBe('phone');
    expect(basisText(g.urlBasis, tEn)).toBe("From Example's help, checked 2026-12-01");
    expect(basisText(guidanceFor(row, entry, 'zh').urlBasis, tZh)).toBe('来自示例的帮助页，2026-12-01 核对');
  });

  it('an unverified template path: typical path, not verified', () => {
    const g = guidanceFor(row, entry, 'en');
    expect(basisText(g.appBasis, tEn, g.typical)).toBe('typical path · Not verified: menu names may differ');
    expect(basisText(g.appBasis, tZh, g.typical)).toBe('常见路径 · 未核实：菜单名称可能不同');
  });

  it('a third-party or observed source says so', () => {
    const third = { ...sourced, sources: [sourced.sources[0]!] };
    const g = guidanceFor(row, { ...entry, numbers: [{ ...entry.numbers![0]!, web: third }] }, 'en');
    expect(basisText(g.urlBasis, tEn)).toBe('From a third-party page, checked 2026-11-01');
  });

  it('the link is not described as sourced when it is not the catalog page', () => {
    const g = guidanceFor({ ...row }, { ...entry, numbers: [{ ...entry.numbers![0]!, web: undefined }] }, 'en');
    expect(g.source).toBe('well-known');
    expect(g.urlBasis).toBeUndefined();
  });

  it('lists the account\'s further numbers with their own place, delay and lost-number path', () => {
    const g = guidanceFor(row, entry, 'zh');
    expect(g.delay).toBe('约 7 天');
    expect(g.others).toEqual([
      { role: '密保手机', app: '安全中心 > 密保手机', appBasis: { status: 'unverified' }, removable: 'unknown', lostNumber: '身份证申诉' },
    ]);
  });

  it('offers two-step help as such, never as where to change', () => {
    const g = guidanceFor(row, { ...base, twoStepHelp: 'https://help.example.com/2sv' }, 'en');
    expect(g.twoStepHelp).toBe('https://help.example.com/2sv');
    expect(g.url).not.toBe('https://help.example.com/2sv');
    expect(g.source).toBe('well-known');
  });
});
