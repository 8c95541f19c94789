// A backup written before the site-identity fix keys its rows the old way; every import puts
// each row under the site its pages speak for today, as the database's version 3 upgrade does.
// The real catalog: the keys here are the ones people would see.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RebindDB, SiteRow } from '@/utils/db/schema';
import { importBackupText } from '@/utils/export/backup-apply';
import { parseBackup } from '@/utils/export/backup-read';
import { checklist } from '@/utils/inventory/checklist';
import { freshDb } from './helpers';

const OLD_KEYS = readFileSync(path.resolve(__dirname, '../../fixtures/backup/old-site-keys.json'), 'utf8');
const ms = (iso: string) => Date.parse(iso);

let db: RebindDB;
beforeEach(() => {
  db = freshDb();
});

/** What the dashboard lists: the checklist's open and done items, and "Other sites". */
async function dashboard() {
  const c = checklist(await db.sites.toArray());
  const bySite = new Map<string, SiteRow>((await db.sites.toArray()).map((r) => [r.site, r]));
  return {
    open: c.open.map((i) => i.row.site).sort(),
    done: c.done.map((i) => i.row.site).sort(),
    other: c.other.map((r) => r.site).sort(),
    row: (site: string) => bySite.get(site),
  };
}

const TODAY_KEYS = ['acme.okta.com', 'anyone.weebly.com', 'app:my-bank', 'degiro.nl', 'github.com', 'sjsu.edu', 'wechat.com', 'x.co.no'];

describe('importing a backup keyed the old way', () => {
  it('reads each row under the site its evidence speaks for, leaving nothing out', () => {
    const r = parseBackup(OLD_KEYS);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.skipped).toEqual([]);
    expect(r.backup.sites.map((s) => s.site).sort()).toEqual(TODAY_KEYS);
    expect(r.backup.evidence.map((e) => e.site)).toEqual([
      'anyone.weebly.com', 'anyone.weebly.com', 'anyone.weebly.com', 'sjsu.edu', 'acme.okta.com',
      'wechat.com', 'wechat.com', 'degiro.nl', 'x.co.no', 'app:my-bank', 'github.com',
    ]);
    // the file's evidence ids are kept as they are
    expect(r.backup.evidence.map((e) => e.id)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('replace: the dashboard shows today\'s sites, with the person\'s decisions and notes', async () => {
    const r = await importBackupText(db, OLD_KEYS, 'replace');
    expect(r).toMatchObject({ ok: true, skipped: [], summary: { sites: 8, evidence: 11, numbers: 1 } });
    const d = await dashboard();
    expect([...d.open, ...d.done, ...d.other].sort()).toEqual(TODAY_KEYS);
    for (const gone of ['okta.com', 'qq.com', 'weebly.com', 'cash.app']) expect(d.row(gone)).toBeUndefined();
    // Two old rows (weebly.com, then cash.app) fall on one shop: joined by the one merge, so the
    // decision made last wins (the upgrade's own join would have kept the first row's to-do).
    expect(d.row('anyone.weebly.com')).toMatchObject({
      status: 'changed', statusAt: ms('2026-03-10T00:00:00.000Z'), note: 'done in March',
      kinds: ['login-otp', 'mfa-sms'], strength: 'signed-in', numberIds: ['n1'],
      firstSeen: ms('2026-02-01T00:00:00.000Z'), settingsUrl: 'https://anyone.weebly.com/account',
    });
    expect(d.done).toEqual(expect.arrayContaining(['anyone.weebly.com', 'degiro.nl', 'wechat.com']));
    // an Okta tenant of a university and one of a company, each its own to-do with the note
    expect(d.row('sjsu.edu')).toMatchObject({ status: 'todo', strength: 'submitted', note: 'work and university' });
    expect(d.row('acme.okta.com')).toMatchObject({ status: 'todo', note: 'work and university' });
    // WeChat on the web was under QQ: it joins the WeChat row, whose decision stands
    expect(d.row('wechat.com')).toMatchObject({
      status: 'changed', kinds: ['login-otp', 'login-phone'], numberIds: ['n1'], masked: ['138*5678'], certainty: 'confirmed',
    });
    // DEGIRO keeps its row; the stranger's site under co.no splits off with the page it showed
    expect(d.row('degiro.nl')).toMatchObject({ status: 'unbound' });
    expect(d.row('degiro.nl')!.settingsUrl).toBeUndefined();
    expect(d.row('x.co.no')).toMatchObject({ status: 'todo', masked: ['*1234'], settingsUrl: 'https://x.co.no/account' });
    expect(d.row('app:my-bank')).toMatchObject({ status: 'ignore', name: 'My bank' });
    const evidence = await db.evidence.orderBy('id').toArray();
    expect(evidence.map((e) => [e.id, e.site])).toEqual([
      [11, 'anyone.weebly.com'], [12, 'anyone.weebly.com'], [13, 'anyone.weebly.com'], [14, 'sjsu.edu'],
      [15, 'acme.okta.com'], [16, 'wechat.com'], [17, 'wechat.com'], [18, 'degiro.nl'], [19, 'x.co.no'],
      [20, 'app:my-bank'], [21, 'github.com'],
    ]);
  });

  it('merge: re-keyed rows meet the rows already here through the same merge', async () => {
    await db.sites.put({
      site: 'sjsu.edu', kinds: ['login-otp'], status: 'changed', statusAt: ms('2026-05-01T00:00:00.000Z'),
      strength: 'signed-in', firstSeen: ms('2026-04-01T00:00:00.000Z'), lastSeen: ms('2026-05-01T00:00:00.000Z'), risk: 0, numberIds: [],
    });
    const r = await importBackupText(db, OLD_KEYS, 'merge');
    // sjsu.edu was here already; the other seven are new
    expect(r).toMatchObject({ ok: true, summary: { sites: 7, evidence: 11, numbers: 1 } });
    const d = await dashboard();
    expect([...d.open, ...d.done, ...d.other].sort()).toEqual(TODAY_KEYS);
    // the decision here is newer than the file's: it stands; the file adds what it saw
    expect(d.row('sjsu.edu')).toMatchObject({
      status: 'changed', kinds: ['login-otp', 'mfa-sms'], note: 'work and university', firstSeen: ms('2026-02-04T00:00:00.000Z'),
    });
    expect(await db.evidence.where('site').equals('sjsu.edu').count()).toBe(1);
    expect(await db.sites.get('okta.com')).toBeUndefined();
  });
});
