import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scanHistory } from '@/utils/imports/history';
import type { RebindDB } from '@/utils/db/schema';
import { freshDb } from './db';
import { fakeHistory, makeHistory } from './fake-history';

vi.mock('@/utils/catalog/lookup', async () => (await import('./catalog-fake')).fakeLookup);

let db: RebindDB;
beforeEach(() => {
  db = freshDb();
});

const HOSTS = ['www.alipay.com', 'passport.bilibili.com', 'b23.tv', 'github.com', 'wiki-only.org', 'm.example-bank.com'];

describe('history scan', () => {
  it('adds every catalog phone site once, as visited, from a large history read in pages', async () => {
    const history = fakeHistory(makeHistory(30_000, HOSTS, 10));
    const progress: number[] = [];
    const r = await scanHistory(db, { search: history.search, pageSize: 4000, onProgress: (p) => progress.push(p.scanned) });
    expect(r).toMatchObject({ scanned: 30_000, sites: 4, added: 4, cancelled: false });
    expect(history.calls).toBeGreaterThan(7);
    expect(progress.at(-1)).toBe(30_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const rows = await db.sites.toArray();
    // wiki-only.org is in the catalog without phone kinds; b23.tv is bilibili's.
    expect(rows.map((s) => s.site).sort()).toEqual(['alipay.com', 'bilibili.com', 'example-bank.com', 'github.com']);
    expect(rows.every((s) => s.strength === 'visited' && s.status === 'todo')).toBe(true);
    expect(rows.find((s) => s.site === 'alipay.com')?.kinds).toEqual(['login-otp', 'recovery-phone']);
    const evidence = await db.evidence.toArray();
    expect(evidence).toHaveLength(4);
    expect(evidence.every((e) => e.source === 'history' && !e.url?.includes('?') && !e.url?.includes('secret'))).toBe(true);
  });

  it('is idempotent: a second run adds nothing and keeps one evidence row per site', async () => {
    const history = fakeHistory(makeHistory(5_000, HOSTS, 10));
    await scanHistory(db, { search: history.search, pageSize: 1000 });
    const again = await scanHistory(db, { search: history.search, pageSize: 1000 });
    expect(again.added).toBe(0);
    expect(await db.sites.count()).toBe(4);
    expect(await db.evidence.count()).toBe(4);
  });

  it('keeps what the person decided and stronger evidence', async () => {
    await db.sites.put({
      site: 'github.com', kinds: ['mfa-sms'], status: 'not-mine', strength: 'signed-in',
      firstSeen: 1, lastSeen: 2, risk: 0, numberIds: [],
    });
    await scanHistory(db, { search: fakeHistory(makeHistory(500, HOSTS, 10)).search });
    expect(await db.sites.get('github.com')).toMatchObject({ status: 'not-mine', strength: 'signed-in' });
  });

  it('writes nothing when cancelled', async () => {
    const ctl = new AbortController();
    const history = fakeHistory(makeHistory(20_000, HOSTS, 10));
    const r = await scanHistory(db, {
      search: history.search,
      pageSize: 1000,
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.scanned >= 3000) ctl.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.scanned).toBeGreaterThanOrEqual(3000);
    expect(r.scanned).toBeLessThan(5000);
    expect(await db.sites.count()).toBe(0);
  });

  it('ends even when a whole page shares one visit time', async () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ url: `https://github.com/${i}`, lastVisitTime: 5000 }));
    const r = await scanHistory(db, { search: fakeHistory(items).search, pageSize: 100 });
    expect(r.sites).toBe(1);
  });
});
