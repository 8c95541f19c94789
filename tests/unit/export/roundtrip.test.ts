// Export then import gives back the same inventory, for generated inventories: Chinese and
// emoji names, odd URLs (IDN, ports, IPs, encoded paths), every status, kind, strength, source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBackupText } from '@/utils/export/backup-apply';
import { buildBackup, serializeBackup, type Inventory } from '@/utils/export/json';
import type { BackupSettings } from '@/utils/export/backup-schema';
import { stripUrl } from '@/utils/url';
import { siteForHost } from '@/utils/catalog/lookup';
import { EVIDENCE_SOURCES, KINDS, STATUSES, STRENGTHS } from '@/utils/types';
import type { EvidenceRow, NumberRow, SiteRow } from '@/utils/db/schema';
import { dump, fill, withRisk } from './fixtures';
import { mergeSiteRow } from '@/utils/inventory/merge';
import { freshDb } from './helpers';

const CJK = fc.constantFrom(...'微信支付宝哔哩京东银行工商招商中国移动联通电信账号设置安全手机'.split(''));
const text = (max: number) =>
  fc
    .array(fc.oneof(CJK, fc.constantFrom('a', 'Z', ' ', '&', '"', "'", '<3', '>', '%', '\\', '😀', '—', '・', '\n', '\t', ',', ';', '=', '+', '-', '@', '#')), { maxLength: max })
    .map((a) => a.join(''));
const host = fc.oneof(
  fc.domain(),
  fc.constantFrom('例子.中国', 'xn--fsqu00a.xn--55qx5d', 'bank.co.uk', '127.0.0.1', 'a-b.example'),
);
/**
 * A page of the site itself (or a subdomain) that speaks for it: a backup's URLs must be on their
 * row's site, and every import re-keys rows from their evidence URLs (utils/export/backup-rekey.ts).
 */
const urlOn = (site: string) => {
  const subs = /^[\d.]+$/.test(site) ? [''] : ['', 'www.', 'account.'].filter((sub) => siteForHost(`https://${sub}${site}/`) === site);
  return fc
    .tuple(fc.constantFrom('http', 'https'), fc.constantFrom(...(subs.length ? subs : [''])), fc.option(fc.integer({ min: 1, max: 65535 })), fc.webPath())
    .map(([scheme, sub, port, path]) => stripUrl(`${scheme}://${sub}${site}${port ? `:${port}` : ''}${path}?q=1#frag`))
    .filter((u): u is string => !!u);
};
/** The key Rebind stores for a host: the site its pages (punycode URLs) speak for today. */
const keyOf = (h: string) => {
  const url = stripUrl(`https://${h.toLowerCase()}/`);
  return (url && siteForHost(url)) || h.toLowerCase();
};
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Drops keys whose value is undefined: the database never stores them. */
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const numberArb = fc.record({
  id: fc.uuid(),
  label: text(20).map((s) => s.trim() || '号码'),
  country: fc.constantFrom('CN', 'US', 'HK', 'GB'),
  prefix: fc.stringMatching(/^\d{0,3}$/),
  suffix: fc.stringMatching(/^\d{4}$/),
  mac: opt(fc.stringMatching(/^[0-9a-f]{64}$/)),
  nsnLength: fc.integer({ min: 7, max: 15 }),
  whole: opt(fc.stringMatching(/^\+\d{8,15}$/)),
  cancelDate: opt(day),
  createdAt: time,
}).map((n) => (n.whole && !n.mac ? { ...n, mac: 'cd'.repeat(32) } : n)); // a kept whole number always has its mac (sealNumbers)

const inventoryArb: fc.Arbitrary<Inventory> = fc
  .tuple(
    fc.uniqueArray(numberArb, { selector: (n) => n.id, maxLength: 3 }),
    // Site keys as Rebind writes them: the site each host speaks for today.
    fc.uniqueArray(host.map(keyOf), { minLength: 1, maxLength: 8 }),
  )
  .chain(([numbers, sites]) => {
    const ids = numbers.map((n) => n.id);
    const numberIds = ids.length ? fc.uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length }) : fc.constant([]);
    const siteRows = fc.tuple(
      ...sites.map((s) =>
        fc.record({
          site: fc.constant(s),
          kinds: fc.uniqueArray(fc.constantFrom(...KINDS)),
          status: fc.constantFrom(...STATUSES),
          strength: fc.constantFrom(...STRENGTHS),
          firstSeen: time,
          lastSeen: time,
          risk: fc.constant(0),
          numberIds,
          numberAmbiguous: opt(fc.boolean()),
          masked: opt(fc.uniqueArray(fc.stringMatching(/^\d{3}\*\d{4}$/), { maxLength: 8 })),
          settingsUrl: opt(urlOn(s)),
          name: opt(text(30)),
          note: opt(text(60)),
          statusAt: opt(time),
        }),
      ),
    );
    const evidenceRow = fc.constantFrom(...sites).chain((site) => fc.record({
      site: fc.constant(site),
      at: time,
      source: fc.constantFrom(...EVIDENCE_SOURCES),
      strength: fc.constantFrom(...STRENGTHS),
      kinds: fc.uniqueArray(fc.constantFrom(...KINDS)),
      url: opt(urlOn(site)),
      signals: opt(fc.array(fc.stringMatching(/^[a-z][a-z0-9:=_-]{0,20}$/), { maxLength: 4 })),
      masked: opt(fc.array(fc.stringMatching(/^\d{3}\*\d{4}$/), { maxLength: 2 })),
      numberId: ids.length ? opt(fc.constantFrom(...ids)) : fc.constant(undefined),
      detail: opt(text(40)),
    }));
    return fc
      .record({
        numbers: fc.constant(numbers.map((n) => clean(n) as NumberRow)),
        sites: siteRows.map((rows) => rows.map((r) => withRisk(clean(r) as SiteRow))),
        evidence: fc.array(evidenceRow, { maxLength: 20 }).map((rows) => rows.map((e, i) => clean({ ...e, id: i + 1 }) as EvidenceRow)),
      })
      .map((inv) => ({
        ...inv,
        // Rows as the one merge leaves them: masked numbers matched, certainty from the evidence.
        sites: inv.sites.map((s) =>
          mergeSiteRow(undefined, s, inv.numbers, inv.evidence.filter((e) => e.site === s.site).map((e) => e.source)),
        ),
      }));
  });

const settingsArb: fc.Arbitrary<BackupSettings> = fc.record({
  recordPrivate: fc.boolean(),
  pausedSites: fc.uniqueArray(fc.domain(), { maxLength: 3 }),
  keepWholeNumbers: fc.boolean(),
});

const withoutWhole = (inv: Inventory): Inventory => ({
  ...inv,
  numbers: inv.numbers.map(({ whole: _w, ...n }) => n),
});

/** The mac is under each profile's own key: it never travels in a backup (compared apart). */
const withoutMac = (inv: Inventory): Inventory => ({
  ...inv,
  numbers: inv.numbers.map(({ mac: _m, ...n }) => n),
});

describe('export then import', () => {
  it('gives back the same inventory (replace into an empty database)', async () => {
    await fc.assert(
      fc.asyncProperty(inventoryArb, settingsArb, async (inv, settings) => {
        const source = freshDb();
        await fill(source, inv);
        const text = serializeBackup(buildBackup(await dump(source), settings, Date.now()));
        const target = freshDb();
        const r = await importBackupText(target, text, 'replace');
        if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
        const expected = settings.keepWholeNumbers ? await dump(source) : withoutWhole(await dump(source));
        const got = await dump(target);
        expect(withoutMac(got)).toEqual(withoutMac(expected));
        // A number whose whole number the file held gets a mac under the new profile's key.
        const wholeInFile = (id: string) => settings.keepWholeNumbers && !!inv.numbers.find((x) => x.id === id)?.whole;
        for (const n of got.numbers) expect(!!n.mac).toBe(wholeInFile(n.id));
        source.close();
        target.close();
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('merging a backup into the inventory it came from changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(inventoryArb, async (inv) => {
        const db = freshDb();
        await fill(db, inv);
        const before = await dump(db);
        const text = serializeBackup(buildBackup(before, { recordPrivate: false, pausedSites: [], keepWholeNumbers: true }, 0));
        const r = await importBackupText(db, text, 'merge');
        if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
        expect(r.summary).toEqual({ sites: 0, evidence: 0, numbers: 0 });
        expect(await dump(db)).toEqual(before);
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
