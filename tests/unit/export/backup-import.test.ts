import { beforeEach, describe, expect, it } from 'vitest';
import { importBackupText } from '@/utils/export/backup-apply';
import { importErrorMessage, skippedLines } from '@/utils/export/backup-messages';
import { parseBackup } from '@/utils/export/backup-read';
import type { RebindDB } from '@/utils/db/schema';
import { dump, fill, sampleInventory, sampleText } from './fixtures';
import { freshDb, translator } from './helpers';

const en = translator('en');
const zh = translator('zh_CN');

/** The sample backup as an object, changed by `edit`, back to text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reaching into arbitrary JSON
function edited(edit: (b: any) => void): string {
  const b = JSON.parse(sampleText());
  edit(b);
  return JSON.stringify(b);
}

let db: RebindDB;
beforeEach(async () => {
  db = freshDb();
  await fill(db, {
    sites: [{ site: 'keep.me', kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 1, lastSeen: 2, risk: 40.1, numberIds: [] }],
    evidence: [{ id: 7, site: 'keep.me', at: 1, source: 'page', strength: 'visited', kinds: ['login-otp'] }],
    numbers: [],
  });
});

// Faults of the file as a whole: nothing is imported.
// [what the file is, its text, the words the English message must contain, the path]
const BAD: [string, () => string, RegExp, string | undefined][] = [
  ['not JSON', () => 'hello, world', /The file is not valid JSON\./, undefined],
  ['broken JSON', () => '{\n  "format": "rebind-backup",\n  "version" 1\n}', /not valid JSON \(line 3, column 13\)/, undefined],
  ['a CSV file', () => 'site,name\nbilibili.com,B站', /not valid JSON/, undefined],
  ['truncated', () => sampleText().slice(0, 500), /ends too early/, undefined],
  ['empty', () => '   ', /empty/, undefined],
  ['100 MB', () => ' '.repeat(100 * 1024 * 1024), /too large: a Rebind backup is at most 64 MB/, undefined],
  ['an array', () => '[1,2]', /not a Rebind backup/, undefined],
  ['another format', () => edited((b) => (b.format = 'other')), /not a Rebind backup/, 'format'],
  ['a newer version', () => edited((b) => (b.version = 7)), /version 7, made by a newer Rebind; this one reads up to version 3/, 'version'],
  ['a version that is text', () => edited((b) => (b.version = '1')), /not a known version: "1"/, 'version'],
  ['an extra top-level key', () => edited((b) => (b.extra = 1)), /does not have/, 'extra'],
  ['sites that are not a list', () => edited((b) => (b.sites = {})), /wrong type/, 'sites'],
  ['a top-level __proto__ key', () => sampleText().replace('"format"', '"__proto__":{"polluted":1},"format"'), /forbidden key/, '__proto__'],
];

describe('importing a bad file', () => {
  it.each(BAD)('%s: says what and where, and changes nothing', async (_what, text, words, path) => {
    const before = await dump(db);
    const result = await importBackupText(db, text(), 'replace');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe(path);
    const message = importErrorMessage(result.error, en);
    expect(message).toMatch(words);
    if (path) expect(message).toContain(`Where: ${path}.`);
    expect(message).toContain('Nothing was imported; your list is unchanged.');
    expect(importErrorMessage(result.error, zh)).toContain('未导入任何内容');
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Faults of one row: that row (or only the field) is left out, named, and the rest comes in.
// [what, the edit, the path reported, the words of the English note, only the field dropped]
const ROW: [string, (b: any) => void, string, RegExp, boolean][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
  ['a status of the wrong type', (b) => (b.sites[1].status = 5), 'sites[1].status', /wrong type/, false],
  ['an unknown status', (b) => (b.sites[1].status = 'done'), 'sites[1].status', /wrong type/, false],
  ['an unknown kind', (b) => b.evidence[2].kinds.push('fax'), 'evidence[2].kinds[0]', /wrong type/, false],
  ['kinds as a string', (b) => (b.sites[1].kinds = 'login-otp'), 'sites[1].kinds', /wrong type/, false],
  ['a missing field', (b) => delete b.sites[1].strength, 'sites[1].strength', /required value is missing/, false],
  ['an extra key', (b) => (b.sites[1].admin = true), 'sites[1].admin', /key that a Rebind backup does not have/, false],
  ['a constructor key', (b) => (b.evidence[2].constructor = { prototype: 1 }), 'evidence[2].constructor', /forbidden key/, false],
  ['markup in a site key', (b) => (b.sites[1].site = '<img src=x>'), 'sites[1].site', /not a lower-case domain/, false],
  ['a javascript: URL', (b) => (b.sites[1].settingsUrl = 'javascript:alert(1)'), 'sites[1].settingsUrl', /not a web page address/, false],
  ['a URL with a query', (b) => (b.evidence[2].url = 'https://github.com/x?token=1'), 'evidence[2].url', /not a web page address/, false],
  ['a URL with credentials', (b) => (b.evidence[2].url = 'https://me:pw@github.com/login'), 'evidence[2].url', /not a web page address/, false],
  ['a date as a number', (b) => (b.sites[1].firstSeen = 1700000000000), 'sites[1].firstSeen', /not in the form 2025-03-01T08:30:00.000Z/, false],
  ['a local date format', (b) => (b.evidence[2].at = '01/03/2025 10:00'), 'evidence[2].at', /not in the form 2025-03-01T08:30/, false],
  ['an impossible date', (b) => (b.sites[1].statusAt = '2025-02-30T10:00:00.000Z'), 'sites[1].statusAt', /not a real date/, false],
  ['a duplicate site', (b) => b.sites.push({ ...b.sites[1] }), 'sites[2].site', /appears twice: github.com/, false],
  ['evidence for a site not in the file', (b) => (b.evidence[2].site = 'nowhere.com'), 'evidence[2].site', /not in the file: nowhere.com/, false],
  ['a negative evidence id', (b) => (b.evidence[2].id = -1), 'evidence[2].id', /wrong type/, false],
  ['a site using an unknown number', (b) => (b.sites[1].numberIds = ['ghost']), 'sites[1].numberIds[0]', /not in the file: ghost/, true],
  ['a link to another domain', (b) => (b.sites[1].settingsUrl = 'https://evil.example/github'), 'sites[1].settingsUrl', /not on this row's site: https:\/\/evil.example\/github/, true],
];

describe('importing a file with a bad row', () => {
  it.each(ROW)('%s: that row is left out and named, the rest comes in', async (_what, edit, path, words, fieldOnly) => {
    const result = await importBackupText(db, edited(edit), 'replace');
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
    // A site row left out takes its evidence row (evidence[2]) with it, named as well.
    const follows = path.startsWith('sites[1]') && !fieldOnly ? ['evidence[2].site'] : [];
    expect(result.skipped.map((s) => s.path)).toEqual([path, ...follows]);
    const [line] = skippedLines(result.skipped, en);
    expect(line).toMatch(words);
    expect(line).toContain(path);
    expect(line).toMatch(fieldOnly ? /Only this field is left out/ : /The row is left out/);
    expect(skippedLines(result.skipped, zh)[0]).toMatch(fieldOnly ? /只略过这个字段/ : /该行被略过/);
    // bilibili.com and its evidence always come in.
    expect(await db.sites.get('bilibili.com')).toBeTruthy();
    expect(await db.evidence.where('site').equals('bilibili.com').count()).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a site left out takes its evidence with it, each named', async () => {
    const result = await importBackupText(db, edited((b) => (b.sites[1].status = 'done')), 'replace');
    if (!result.ok) throw new Error('refused');
    expect(result.skipped.map((s) => s.path)).toEqual(['sites[1].status', 'evidence[2].site']);
    expect(await db.sites.get('github.com')).toBeUndefined();
  });
});

describe('importing a good file', () => {
  it('accepts what the exporter writes, with a BOM or without', () => {
    const text = sampleText();
    expect(parseBackup(text).ok).toBe(true);
    expect(parseBackup(`\uFEFF${text}`).ok).toBe(true);
  });

  it('replaces the inventory and restores what was exported', async () => {
    const result = await importBackupText(db, sampleText(), 'replace');
    expect(result).toMatchObject({ ok: true, fromVersion: 3, skipped: [], summary: { sites: 2, evidence: 3, numbers: 1 } });
    const after = await dump(db);
    const want = sampleInventory();
    // keepWholeNumbers was off: the whole number never left the device.
    delete want.numbers[0]!.whole;
    expect(after.sites).toEqual(want.sites);
    expect(after.evidence).toEqual(want.evidence);
    // The mac stays on the device it was made on; this file had no whole number to make one from.
    delete want.numbers[0]!.mac;
    expect(after.numbers).toEqual(want.numbers);
  });
});
