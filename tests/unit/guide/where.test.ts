import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@/utils/catalog/types';
import { guidanceFor } from '@/utils/guide/where';
import { safeWebUrl } from '@/utils/url';

const base: CatalogEntry = {
  site: 'example.com', domains: ['example.com'], name: { en: 'Example' }, kinds: ['login-otp'],
  category: 'other', origin: 'curated', source: 'test',
};
const row = { site: 'example.com' };

describe('guidanceFor: best place first', () => {
  it.each([
    ['curated phone page beats everything', { phone: { url: 'https://example.com/phone' }, securityUrl: 'https://example.com/sec' }, 'https://x.example.com/learned', 'https://example.com/phone', 'phone'],
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
    const entry = { ...base, phone: { app: { en: 'Me > Settings > Phone', zh: '我 > 设置 > 手机号' } } };
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
