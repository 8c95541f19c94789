// Hostile input, evidence: a page that changes its URL on every report, with megabyte URLs,
// can't grow the database without end. Stored URLs are capped; each site keeps a bounded number
// of evidence rows, the strongest and the latest.
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_PER_SITE, MAX_STORED_URL, evidenceOverCap } from '@/utils/inventory/evidence-cap';
import { mergeObservations } from '@/utils/inventory/merge';
import type { EvidenceRow, RebindDB } from '@/utils/db/schema';
import { freshDb } from '../inventory/db';

let db: RebindDB;
beforeEach(() => {
  db = freshDb();
});

describe('a page flooding its site with evidence', () => {
  it('1,000 reports on changing URLs, some of 1 MB, leave a bounded table, short URLs, the strongest and the latest row', async () => {
    const big = 'x'.repeat(1024 * 1024);
    // The one strong piece of evidence comes first; a thousand weak ones follow.
    await mergeObservations(db, [{ site: 'flood.com', at: 1, source: 'page', strength: 'bound-number', kinds: ['bound-number'], url: 'https://flood.com/security', masked: ['138*5678'] }]);
    for (let i = 0; i < 1000; i++) {
      const url = i % 100 === 0 ? `https://flood.com/${i}/${big}` : `https://flood.com/p/${i}`;
      await mergeObservations(db, [{ site: 'flood.com', at: 10 + i, source: 'page', strength: 'visited', kinds: ['login-otp'], url }]);
    }
    const rows = await db.evidence.where('site').equals('flood.com').toArray();
    expect(rows.length).toBe(MAX_EVIDENCE_PER_SITE);
    for (const r of rows) expect((r.url ?? '').length).toBeLessThanOrEqual(MAX_STORED_URL);
    expect(rows.some((r) => r.strength === 'bound-number' && r.url === 'https://flood.com/security')).toBe(true);
    expect(Math.max(...rows.map((r) => r.at))).toBe(1009);
    const site = await db.sites.get('flood.com');
    expect(site?.strength).toBe('bound-number');
    expect((site?.settingsUrl ?? '').length).toBeLessThanOrEqual(MAX_STORED_URL);
    // Other sites' evidence is untouched.
    await mergeObservations(db, [{ site: 'quiet.com', at: 5, source: 'page', strength: 'visited', kinds: [], url: 'https://quiet.com/' }]);
    expect(await db.evidence.where('site').equals('quiet.com').count()).toBe(1);
  }, 120_000);

  it('a 5,000-character page URL is stored as its origin, and no learned link is longer than the cap', async () => {
    await mergeObservations(db, [{ site: 'long.com', at: 1, source: 'page', strength: 'signed-in', kinds: ['bound-number', 'account-phone'], url: `https://long.com/account/${'p'.repeat(5000)}`, masked: ['*1234'] }]);
    expect((await db.evidence.where('site').equals('long.com').first())?.url).toBe('https://long.com/');
    expect(((await db.sites.get('long.com'))?.settingsUrl ?? '').length).toBeLessThanOrEqual(MAX_STORED_URL);
  });
});

describe('which rows the cap keeps', () => {
  const row = (id: number, strength: EvidenceRow['strength'], at: number): EvidenceRow => ({ id, site: 's.com', at, source: 'page', strength, kinds: [] });

  it('keeps the ten strongest and fills the rest with the latest', () => {
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => row(i + 1, 'signed-in', i)),
      ...Array.from({ length: 100 }, (_, i) => row(100 + i, 'visited', 1000 + i)),
    ];
    const drop = new Set(evidenceOverCap(rows));
    const kept = rows.filter((r) => !drop.has(r.id!));
    expect(kept).toHaveLength(MAX_EVIDENCE_PER_SITE);
    expect(kept.filter((r) => r.strength === 'signed-in').map((r) => r.at)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(Math.min(...kept.filter((r) => r.strength === 'visited').map((r) => r.at))).toBe(1060);
  });

  it('drops nothing under the cap', () => {
    expect(evidenceOverCap([row(1, 'visited', 1), row(2, 'visited', 2)])).toEqual([]);
  });
});
