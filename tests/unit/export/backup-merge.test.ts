import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyBackup, importBackupText } from '@/utils/export/backup-apply';
import { mergeSiteRow } from '@/utils/inventory/merge';
import { parseBackup } from '@/utils/export/backup-read';
import { buildBackup, serializeBackup } from '@/utils/export/json';
import { keepWholeNumbers, pausedSites, recordPrivate } from '@/utils/settings';
import type { RebindDB, SiteRow } from '@/utils/db/schema';
import { dump, fill, MAC, sampleInventory, sampleSettings, sampleText, withRisk } from './fixtures';
import { freshDb } from './helpers';

let db: RebindDB;
beforeEach(() => {
  db = freshDb();
});

const site = (o: Partial<SiteRow> & { site: string }): SiteRow =>
  withRisk({ kinds: [], status: 'todo', strength: 'visited', firstSeen: 10, lastSeen: 20, risk: 0, numberIds: [], ...o });

describe('merge', () => {
  it('adds new sites, keeps what this device knows, and never duplicates evidence', async () => {
    const inv = sampleInventory();
    await fill(db, { ...inv, sites: [site({ site: 'bilibili.com', kinds: ['mfa-sms'], firstSeen: 1_800_000_000_000, lastSeen: 1_800_000_000_000, strength: 'visited', note: 'mine' }), site({ site: 'local.only' })], evidence: [inv.evidence[0]!] });
    const r = await importBackupText(db, sampleText(), 'merge');
    expect(r).toMatchObject({ ok: true, summary: { sites: 1, evidence: 2, numbers: 0 } });
    const after = await dump(db);
    expect(after.sites.map((s) => s.site)).toEqual(['bilibili.com', 'github.com', 'local.only']);
    const b = after.sites[0]!;
    expect(b.kinds).toEqual(['mfa-sms', 'login-otp']);
    expect(b.strength).toBe('bound-number');
    expect(b.firstSeen).toBe(1_700_000_000_000);
    expect(b.lastSeen).toBe(1_800_000_000_000);
    expect(b.note).toBe('mine');
    expect(b.numberIds).toEqual(['n1']);
    expect(after.evidence).toHaveLength(3);
    expect(new Set(after.evidence.map((e) => e.id)).size).toBe(3);
  });

  it('takes the status decided last', () => {
    const mergeSite = (a: SiteRow, b: SiteRow) => mergeSiteRow(a, b, []);
    const here = site({ site: 'a.com', status: 'todo', statusAt: 100 });
    expect(mergeSite(here, site({ site: 'a.com', status: 'changed', statusAt: 200 })).status).toBe('changed');
    expect(mergeSite(here, site({ site: 'a.com', status: 'deleted', statusAt: 50 })).status).toBe('todo');
    expect(mergeSite(site({ site: 'a.com' }), site({ site: 'a.com', status: 'unbound', statusAt: 1 })).status).toBe('unbound');
  });

  it('uses the one merge: masked numbers are matched again to the numbers here, certainty follows', async () => {
    const inv = sampleInventory();
    // This device knows the number; the backup's row only saw a masked display, tied to nothing.
    await fill(db, { ...inv, sites: [], evidence: [] });
    const other = { ...inv, numbers: [], sites: [{ ...inv.sites[0]!, numberIds: [] }], evidence: [] };
    const r = await importBackupText(db, sampleText(sampleSettings, other), 'merge');
    expect(r.ok).toBe(true);
    const row = await db.sites.get('bilibili.com');
    expect(row?.numberIds).toEqual(['n1']);
    expect(row?.certainty).toBe('confirmed');
  });

  it('an SMS import in the backup confirms the site even without a registered number', async () => {
    const sms = {
      numbers: [],
      sites: [site({ site: 'example-shop.com', kinds: ['login-otp'], strength: 'visited' })],
      evidence: [{ id: 9, site: 'example-shop.com', at: 1_700_000_000_000, source: 'sms' as const, strength: 'imported' as const, kinds: ['login-otp' as const], detail: '3 codes, 2024-01-02 to 2024-03-04' }],
    };
    await importBackupText(db, sampleText(sampleSettings, sms), 'merge');
    expect((await db.sites.get('example-shop.com'))?.certainty).toBe('confirmed');
  });

  it('merging a backup of the same inventory changes nothing', async () => {
    await fill(db, sampleInventory());
    const before = await dump(db);
    await importBackupText(db, sampleText(), 'merge');
    await importBackupText(db, sampleText(), 'merge');
    expect(await dump(db)).toEqual(before);
  });

  it('keeps this device’s privacy choices and pauses what either side paused', async () => {
    await recordPrivate.setValue(true);
    await pausedSites.setValue(['here.com']);
    await importBackupText(db, sampleText({ recordPrivate: false, pausedSites: ['example.org'], keepWholeNumbers: true }), 'merge');
    expect(await recordPrivate.getValue()).toBe(true);
    expect(await keepWholeNumbers.getValue()).toBe(false);
    expect(await pausedSites.getValue()).toEqual(['here.com', 'example.org']);
    // This device does not keep whole numbers: the file's whole number is not stored.
    expect((await db.numbers.get('n1'))?.whole).toBeUndefined();
  });
});

describe('replace', () => {
  it('takes the file’s settings, and whole numbers only when the file keeps them', async () => {
    await pausedSites.setValue(['here.com']);
    const text = sampleText({ recordPrivate: true, pausedSites: ['there.com'], keepWholeNumbers: true });
    expect(text).toContain('+8613800005678');
    expect(sampleText()).not.toContain('+8613800005678');
    await importBackupText(db, text, 'replace');
    expect(await pausedSites.getValue()).toEqual(['there.com']);
    expect(await recordPrivate.getValue()).toBe(true);
    expect((await db.numbers.get('n1'))?.whole).toBe('+8613800005678');
  });

  it('is one transaction: a failure half-way leaves the old inventory whole', async () => {
    await fill(db, { sites: [site({ site: 'old.com' })], evidence: [], numbers: [] });
    const before = await dump(db);
    const parsed = parseBackup(sampleText());
    if (!parsed.ok) throw new Error('sample must parse');
    vi.spyOn(db.evidence, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyBackup(db, parsed.backup, 'replace')).rejects.toThrow('disk full');
    expect(await dump(db)).toEqual(before);
    expect(await pausedSites.getValue()).toEqual([]);
  });
});

describe('older versions', () => {
  it('upgrades a version 0 file (database v1 rows, epoch times) to the current inventory', async () => {
    const v0 = {
      format: 'rebind-backup',
      version: 0,
      exportedAt: 1_700_000_200_000,
      sites: [
        { site: 'bilibili.com', kinds: ['login-otp'], firstSeen: 1_700_000_000_000, lastSeen: 1_700_000_100_000, masked: ['138*5678'] },
        { site: 'weibo.com', firstSeen: 5, lastSeen: 6, status: 'changed', statusAt: 7 },
      ],
      evidence: [
        { id: 1, site: 'bilibili.com', at: 1_700_000_000_000, source: 'page', strength: 'visited', kinds: ['login-otp'] },
        { id: 2, site: 'bilibili.com', at: 1_700_000_100_000, source: 'page', strength: 'bound-number', kinds: ['bound-number'], numberId: 'n1' },
      ],
      numbers: [{ id: 'n1', label: 'Old', country: 'CN', prefix: '138', suffix: '5678', hash: MAC, salt: 's', nsnLength: 11, createdAt: 1 }],
    };
    const r = await importBackupText(db, JSON.stringify(v0), 'replace');
    expect(r).toMatchObject({ ok: true, fromVersion: 0 });
    const after = await dump(db);
    expect(after.sites[0]).toEqual(withRisk({
      site: 'bilibili.com', kinds: ['login-otp'], status: 'todo', strength: 'bound-number', firstSeen: 1_700_000_000_000,
      lastSeen: 1_700_000_100_000, risk: 0, numberIds: ['n1'], masked: ['138*5678'],
    }));
    expect(after.sites[1]).toMatchObject({ site: 'weibo.com', kinds: [], status: 'changed', statusAt: 7, strength: 'visited', numberIds: [] });
    expect(after.evidence.map((e) => e.at)).toEqual([1_700_000_000_000, 1_700_000_100_000]);
    expect(after.numbers[0]?.createdAt).toBe(1);
    // The old salted hash is not carried over: it identified the number.
    expect(after.numbers[0]).not.toHaveProperty('hash');
    expect(after.numbers[0]).not.toHaveProperty('salt');
    // Exported again, it is a current-version file.
    const again = serializeBackup(buildBackup(after, sampleSettings, 0));
    expect(JSON.parse(again).version).toBe(3);
  });
});
