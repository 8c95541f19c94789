import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeObservations, mergeRow, type Observation } from '@/utils/inventory/merge';
import { setStatus } from '@/utils/inventory/status';
import { addNumber } from '@/utils/numbers/numbers';
import type { RebindDB } from '@/utils/db/schema';
import { freshDb } from './db';

vi.mock('@/utils/catalog/lookup', async () => (await import('./catalog-fake')).fakeLookup);

const obs = (o: Partial<Observation> & { site: string }): Observation => ({
  at: 1_000,
  source: 'page',
  strength: 'visited',
  kinds: [],
  ...o,
});

let db: RebindDB;
beforeEach(() => {
  db = freshDb();
});

describe('mergeRow', () => {
  it('keeps the strongest evidence, every kind, and the first and last moments', () => {
    let row = mergeRow(undefined, obs({ site: 'a.com', at: 500, strength: 'signed-in', kinds: ['mfa-sms'] }));
    row = mergeRow(row, obs({ site: 'a.com', at: 300, strength: 'visited', kinds: ['login-otp'] }));
    row = mergeRow(row, obs({ site: 'a.com', at: 900, strength: 'imported', kinds: ['mfa-sms'] }));
    expect(row.strength).toBe('signed-in');
    expect(row.kinds.sort()).toEqual(['login-otp', 'mfa-sms']);
    expect(row.firstSeen).toBe(300);
    expect(row.lastSeen).toBe(900);
  });

  it('never changes the status the person chose', () => {
    const prev = { ...mergeRow(undefined, obs({ site: 'a.com' })), status: 'not-mine' as const };
    const next = mergeRow(prev, obs({ site: 'a.com', strength: 'bound-number', kinds: ['bound-number'] }));
    expect(next.status).toBe('not-mine');
  });

  it('ranks payment and SMS sign-in above a forum with SMS 2FA', () => {
    const pay = mergeRow(undefined, obs({ site: 'alipay.com', kinds: ['login-otp'] }));
    const forum = mergeRow(undefined, obs({ site: 'forum.net', kinds: ['mfa-sms'] }));
    const otp = mergeRow(undefined, obs({ site: 'shop.net', kinds: ['login-otp'] }));
    expect(pay.risk).toBeGreaterThan(otp.risk);
    expect(otp.risk).toBeGreaterThan(forum.risk);
  });
});

describe('mergeObservations', () => {
  it('loses nothing when many tabs report at once', async () => {
    const sites = ['a.com', 'b.com', 'c.com'];
    const calls = Array.from({ length: 120 }, (_, i) =>
      mergeObservations(db, [
        obs({
          site: sites[i % 3]!,
          at: 10_000 + i,
          kinds: [i % 2 ? 'login-otp' : 'mfa-sms'],
          url: `https://${sites[i % 3]}/p${i}`,
          strength: i === 76 ? 'signed-in' : 'visited',
        }),
      ]),
    );
    await Promise.all(calls);
    const rows = await db.sites.toArray();
    expect(rows.map((r) => r.site).sort()).toEqual(sites);
    expect(await db.evidence.count()).toBe(120);
    const b = rows.find((r) => r.site === 'b.com')!;
    expect(b.strength).toBe('signed-in');
    expect(b.kinds.sort()).toEqual(['login-otp', 'mfa-sms']);
    expect(b.firstSeen).toBe(10_001);
    expect(b.lastSeen).toBe(10_118);
  });

  it('keeps the status set by the person through later merges', async () => {
    await mergeObservations(db, [obs({ site: 'a.com', kinds: ['login-otp'] })]);
    await setStatus(db, 'a.com', 'changed');
    await mergeObservations(db, [obs({ site: 'a.com', at: 5_000, strength: 'signed-in' })]);
    expect((await db.sites.get('a.com'))?.status).toBe('changed');
  });

  it('refreshes the evidence row of the same page within an hour instead of adding rows', async () => {
    const page = { site: 'a.com', url: 'https://a.com/login', kinds: ['login-otp' as const] };
    await mergeObservations(db, [obs({ ...page, at: 1_000 })]);
    await mergeObservations(db, [obs({ ...page, at: 2_000 })]);
    await mergeObservations(db, [obs({ ...page, at: 2_000 + 2 * 3600_000 })]);
    const rows = await db.evidence.toArray();
    expect(rows.map((r) => r.at)).toEqual([2_000, 2_000 + 2 * 3600_000]);
  });

  it('keeps one history row per site however often the scan runs', async () => {
    for (let i = 0; i < 3; i++) {
      await mergeObservations(db, [
        obs({ site: 'a.com', source: 'history', at: 1_000 + i, url: 'https://a.com/' }),
      ]);
    }
    expect(await db.evidence.where('site').equals('a.com').count()).toBe(1);
    expect((await db.evidence.toArray())[0]?.at).toBe(1_002);
  });

  it('names the number a masked display belongs to, or says it is ambiguous', async () => {
    const a = await addNumber(db, { label: 'A', country: 'CN', number: '13800135678' }, false);
    const b = await addNumber(db, { label: 'B', country: 'CN', number: '13900135678' }, false);
    await mergeObservations(db, [
      obs({ site: 'one.com', masked: ['138*5678'], kinds: ['bound-number'], strength: 'bound-number' }),
      obs({ site: 'two.com', masked: ['*5678'], kinds: ['bound-number'], strength: 'bound-number' }),
      obs({ site: 'three.com', masked: ['*0000'], kinds: ['bound-number'] }),
    ]);
    const one = await db.sites.get('one.com');
    const two = await db.sites.get('two.com');
    const three = await db.sites.get('three.com');
    expect(one?.numberIds).toEqual([a.id]);
    expect(one?.numberAmbiguous).toBeUndefined();
    expect(two?.numberIds).toEqual([]);
    expect(two?.numberAmbiguous).toBe(true);
    expect(three?.numberIds).toEqual([]);
    expect(three?.numberAmbiguous).toBeUndefined();
    // A number typed at submit settles the ambiguity.
    await mergeObservations(db, [obs({ site: 'two.com', source: 'submit', numberId: b.id })]);
    const settled = await db.sites.get('two.com');
    expect(settled?.numberIds).toEqual([b.id]);
    expect(settled?.numberAmbiguous).toBeUndefined();
  });

  it('is all or nothing: a failing batch writes no row', async () => {
    // A key IndexedDB refuses, as a corrupt report would carry.
    const bad = { ...obs({ site: 'b.com' }), site: undefined } as unknown as Observation;
    await expect(
      mergeObservations(db, [obs({ site: 'a.com' }), bad]),
    ).rejects.toThrow();
    expect(await db.sites.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });
});
