// Proof after a change travels in the JSON backup (format version 3): export then import keeps
// "verified: now shows …1234" and "still on your old number", and every screen and export
// shows it again; a damaged proof is named and dropped, and costs nothing else.
import Papa from 'papaparse';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SitesView } from '@/components/dashboard/SitesView';
import { Item } from '@/components/popup/Item';
import type { NumberRow, SiteRow } from '@/utils/db/schema';
import { importBackupText } from '@/utils/export/backup-apply';
import { skippedLines } from '@/utils/export/backup-messages';
import { parseBackup } from '@/utils/export/backup-read';
import { BACKUP_VERSION } from '@/utils/export/backup-schema';
import { writeBackupText } from '@/utils/export/backup-write';
import { BOM, exportCsv } from '@/utils/export/csv';
import { buildBackup, serializeBackup } from '@/utils/export/json';
import { exportMarkdown } from '@/utils/export/markdown';
import { printHtml } from '@/utils/export/print';
import { exportList } from '@/utils/export/source';
import { itemOf } from '@/utils/inventory/checklist';
import { emptyDb, useScreens } from '../screens';
import { dump, fill } from './fixtures';
import { ctxEn, translator } from './helpers';

const { db } = useScreens();
const en = translator('en');

const numbers: NumberRow[] = [
  { id: 'old', label: 'Old SIM', country: 'CN', prefix: '138', suffix: '5678', nsnLength: 11, cancelDate: '2026-07-01', createdAt: 1_700_000_000_000 },
  { id: 'new', label: 'New SIM', country: 'CN', prefix: '139', suffix: '1234', nsnLength: 11, createdAt: 1_700_000_000_000 },
];
const row = (o: Partial<SiteRow> & { site: string }): SiteRow => ({
  kinds: ['login-otp'], status: 'todo', strength: 'signed-in', firstSeen: 1_700_000_000_000, lastSeen: 1_700_000_900_000,
  risk: 1, numberIds: ['old'], certainty: 'confirmed', ...o,
});
// Verified: the site showed the new number after the person marked it changed.
const verified = row({
  site: 'github.com', status: 'changed', statusAt: 1_700_000_500_000,
  proof: { state: 'new', tail: '1234', at: 1_700_000_900_000, oldIds: ['old'], statusAt: 1_700_000_500_000 },
});
// Reopened: it still showed the old number, so the item is to do again.
const reopened = row({
  site: 'bilibili.com', status: 'todo', statusAt: 1_700_000_800_000,
  proof: { state: 'old', tail: '5678', at: 1_700_000_800_000, oldIds: ['old'], statusAt: 1_700_000_800_000 },
});

const inFile = async () => buildBackup(await dump(db), { recordPrivate: false, pausedSites: [], keepWholeNumbers: false }, 1_700_001_000_000);

/** The backup as the export writes it: read back with the import's reader first. */
async function exported(): Promise<string> {
  const written = writeBackupText(await inFile());
  expect(written.left).toEqual([]);
  return written.text;
}

/** Every place a person reads a site's status, for the rows in the database now. */
async function everywhere(): Promise<string[]> {
  const rows = await db.sites.orderBy('site').toArray();
  const nums = await db.numbers.toArray();
  const list = exportList(rows, nums, {}, 'en');
  const md = exportMarkdown(list, ctxEn);
  const csv = Papa.parse<string[]>(exportCsv(list, ctxEn).slice(BOM.length), { skipEmptyLines: true }).data.flat().join('\n');
  const print = printHtml(list, ctxEn);
  const dashboard = render(<SitesView sites={rows} numbers={nums} />).container.textContent ?? '';
  const popup = rows.map((r) => render(<Item item={itemOf(r)!} showUnconfirmed={false} />).container.textContent ?? '').join('\n');
  return [md, csv, print, dashboard, popup];
}

describe('proof in the JSON backup', () => {
  it('export then import keeps the proof, and every screen and export shows it', async () => {
    await fill(db, { numbers, sites: [verified, reopened], evidence: [] });
    const text = await exported();
    const file = JSON.parse(text) as { version: number; sites: { site: string; proof?: unknown }[] };
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.sites.find((s) => s.site === 'github.com')!.proof).toEqual({
      state: 'new', tail: '1234', at: '2023-11-14T22:28:20.000Z', oldIds: ['old'], statusAt: '2023-11-14T22:21:40.000Z',
    });

    await emptyDb(db);
    const r = await importBackupText(db, text, 'replace');
    expect(r).toMatchObject({ ok: true, skipped: [] });
    expect((await db.sites.get('github.com'))!.proof).toEqual(verified.proof);
    expect((await db.sites.get('bilibili.com'))!.proof).toEqual(reopened.proof);
    const [md, csv, print, dashboard, popup] = await everywhere();
    for (const shown of [md, csv, print, dashboard]) {
      expect(shown).toContain('Verified: now shows …1234');
      expect(shown).toContain('Still on your old number: the site shows …5678');
    }
    // the popup's item line says what the site showed, without the status word
    expect(popup).toContain('Verified: now shows …1234');
    expect(popup).toContain('Still on your old number: the site shows …5678');
    expect(screen.getAllByText(/Verified: now shows …1234/).length).toBeGreaterThan(0);
  });

  it('merge: a proof reaches a row that had none, and follows the decision made last', async () => {
    await fill(db, { numbers, sites: [verified, reopened], evidence: [] });
    const text = await exported();
    await emptyDb(db);
    // here: github.com without proof, bilibili.com with a later decision of its own
    await fill(db, {
      numbers,
      sites: [row({ site: 'github.com', status: 'changed', statusAt: 1_700_000_500_000 }), row({ site: 'bilibili.com', status: 'unbound', statusAt: 1_700_000_950_000 })],
      evidence: [],
    });
    expect(await importBackupText(db, text, 'merge')).toMatchObject({ ok: true });
    expect((await db.sites.get('github.com'))!.proof).toEqual(verified.proof);
    // the person's newer "unbound" stands; the file's proof belonged to an older decision
    const b = (await db.sites.get('bilibili.com'))!;
    expect(b.status).toBe('unbound');
    expect((await everywhere())[0]).not.toContain('Still on your old number');
  });

  it('a file\'s newer decision brings its proof along in a merge', async () => {
    await fill(db, { numbers, sites: [verified], evidence: [] });
    const text = await exported();
    await emptyDb(db);
    await fill(db, { numbers, sites: [row({ site: 'github.com', status: 'todo', statusAt: 1_700_000_100_000 })], evidence: [] });
    await importBackupText(db, text, 'merge');
    expect(await db.sites.get('github.com')).toMatchObject({ status: 'changed', proof: verified.proof });
  });

  it.each([
    ['an unknown state', (p: Record<string, unknown>) => (p.state = 'maybe'), 'sites[0].proof.state'],
    ['a tail of letters', (p: Record<string, unknown>) => (p.tail = 'abcd'), 'sites[0].proof.tail'],
    ['a bad date', (p: Record<string, unknown>) => (p.at = '2023-02-30T00:00:00.000Z'), 'sites[0].proof.at'],
    ['an extra key', (p: Record<string, unknown>) => (p.typed = '13812345678'), 'sites[0].proof.typed'],
  ])('%s: the proof is named and dropped, the row and the rest come in', async (_name, spoil, path) => {
    await fill(db, { numbers, sites: [verified, reopened], evidence: [] });
    const file = JSON.parse(await exported()) as { sites: { site: string; proof: Record<string, unknown> }[] };
    expect(file.sites[0]!.site).toBe('bilibili.com');
    spoil(file.sites[0]!.proof);
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.skipped.map((s) => [s.path, s.fieldOnly])).toEqual([[path, true]]);
    expect(skippedLines(parsed.skipped, en)[0]).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: .*only this field`, 'i'));
    await emptyDb(db);
    expect(await importBackupText(db, JSON.stringify(file), 'replace')).toMatchObject({ ok: true, summary: { sites: 2, numbers: 2 } });
    const b = (await db.sites.get('bilibili.com'))!;
    expect(b).toMatchObject({ status: 'todo', statusAt: reopened.statusAt, numberIds: ['old'] });
    expect(b.proof).toBeUndefined();
    expect((await db.sites.get('github.com'))!.proof).toEqual(verified.proof);
  });

  it('a proof naming a number the file does not have keeps the proof, without that number', async () => {
    await fill(db, { numbers, sites: [{ ...verified, proof: { ...verified.proof!, oldIds: ['old', 'gone'] } }], evidence: [] });
    const parsed = parseBackup(serializeBackup(await inFile()));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.skipped).toEqual([{ path: 'sites[0].proof.oldIds[1]', problem: 'unknownRef', detail: 'gone', fieldOnly: true }]);
    expect(parsed.backup.sites[0]!.proof!.oldIds).toEqual(['old']);
  });

  it('a version 2 file (no proof) still imports', async () => {
    await fill(db, { numbers, sites: [verified], evidence: [] });
    const file = JSON.parse(await exported()) as { version: number; sites: { proof?: unknown }[] };
    file.version = 2;
    delete file.sites[0]!.proof;
    await emptyDb(db);
    expect(await importBackupText(db, JSON.stringify(file), 'replace')).toMatchObject({ ok: true, fromVersion: 2, skipped: [] });
    expect(await db.sites.get('github.com')).toMatchObject({ status: 'changed' });
  });
});
