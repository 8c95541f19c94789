import { beforeEach, describe, expect, it } from 'vitest';
import { importBackupText } from '@/utils/export/backup-apply';
import { importErrorMessage, parseBackup } from '@/utils/export/backup-import';
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
  ['a newer version', () => edited((b) => (b.version = 7)), /version 7, made by a newer Rebind; this one reads up to version 1/, 'version'],
  ['a version that is text', () => edited((b) => (b.version = '1')), /not a known version: "1"/, 'version'],
  ['a status of the wrong type', () => edited((b) => (b.sites[1].status = 5)), /wrong type .*received|wrong type/, 'sites[1].status'],
  ['an unknown status', () => edited((b) => (b.sites[0].status = 'done')), /wrong type/, 'sites[0].status'],
  ['an unknown kind', () => edited((b) => b.evidence[2].kinds.push('fax')), /wrong type/, 'evidence[2].kinds[0]'],
  ['kinds as a string', () => edited((b) => (b.sites[0].kinds = 'login-otp')), /wrong type/, 'sites[0].kinds'],
  ['a missing field', () => edited((b) => delete b.sites[0].strength), /required value is missing/, 'sites[0].strength'],
  ['an extra key', () => edited((b) => (b.sites[0].admin = true)), /key that a Rebind backup does not have/, 'sites[0].admin'],
  ['an extra top-level key', () => edited((b) => (b.extra = 1)), /does not have/, 'extra'],
  ['a __proto__ key', () => sampleText().replace('"site":"github.com"', '"__proto__":{"polluted":1},"site":"github.com"'), /forbidden key/, 'sites[1].__proto__'],
  ['a constructor key', () => edited((b) => (b.settings.constructor = { prototype: 1 })), /forbidden key/, 'settings.constructor'],
  ['script in a name', () => edited((b) => (b.sites[1].name = '<script>alert(1)</script>')), /HTML markup/, 'sites[1].name'],
  ['script in a site', () => edited((b) => (b.sites[0].site = '<img src=x>')), /HTML markup|not a lower-case domain/, 'sites[0].site'],
  ['a javascript: URL', () => edited((b) => (b.sites[0].settingsUrl = 'javascript:alert(1)')), /not a web page address/, 'sites[0].settingsUrl'],
  ['a URL with a query', () => edited((b) => (b.evidence[0].url = 'https://a.com/x?token=1')), /not a web page address/, 'evidence[0].url'],
  ['a date as a number', () => edited((b) => (b.sites[0].firstSeen = 1700000000000)), /not in the form 2025-03-01T08:30:00.000Z/, 'sites[0].firstSeen'],
  ['a local date format', () => edited((b) => (b.evidence[1].at = '01/03/2025 10:00')), /not in the form 2025-03-01T08:30/, 'evidence[1].at'],
  ['an impossible date', () => edited((b) => (b.sites[1].statusAt = '2025-02-30T10:00:00.000Z')), /not a real date/, 'sites[1].statusAt'],
  ['a cancel date with time', () => edited((b) => (b.numbers[0].cancelDate = '2025-04-01T00:00:00Z')), /not in the form 2025-03-01 /, 'numbers[0].cancelDate'],
  ['a duplicate site', () => edited((b) => b.sites.push({ ...b.sites[0] })), /appears twice: bilibili.com/, 'sites[2].site'],
  ['evidence for a site not in the file', () => edited((b) => (b.evidence[0].site = 'nowhere.com')), /not in the file: nowhere.com/, 'evidence[0].site'],
  ['a site using an unknown number', () => edited((b) => (b.sites[1].numberIds = ['ghost'])), /not in the file: ghost/, 'sites[1].numberIds[0]'],
  ['a negative evidence id', () => edited((b) => (b.evidence[0].id = -1)), /wrong type/, 'evidence[0].id'],
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

describe('importing a good file', () => {
  it('accepts what the exporter writes, with a BOM or without', () => {
    const text = sampleText();
    expect(parseBackup(text).ok).toBe(true);
    expect(parseBackup(`\uFEFF${text}`).ok).toBe(true);
  });

  it('replaces the inventory and restores what was exported', async () => {
    const result = await importBackupText(db, sampleText(), 'replace');
    expect(result).toMatchObject({ ok: true, fromVersion: 1, summary: { sites: 2, evidence: 3, numbers: 1 } });
    const after = await dump(db);
    const want = sampleInventory();
    // keepWholeNumbers was off: the whole number never left the device.
    delete want.numbers[0]!.whole;
    expect(after.sites).toEqual(want.sites);
    expect(after.evidence).toEqual(want.evidence);
    expect(after.numbers).toEqual(want.numbers);
  });
});
