// Hostile input, backup files: nesting bombs, prototype keys, odd encodings, cut-off files,
// rows that don't fit, links to other domains, giant settings, a disk that fills up mid-import,
// encrypted backups. And the other way round: everything the UI accepts comes back in.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { importBackupText, applyBackup, readSettings, settingsChanges, settingsAfter } from '@/utils/export/backup-apply';
import { decryptBackup, DecryptError, encryptBackup, isEncryptedBackup } from '@/utils/export/backup-crypto';
import { importErrorMessage, skippedLines } from '@/utils/export/backup-messages';
import { forbiddenKeyIn, nestingDepth, parseBackup } from '@/utils/export/backup-read';
import { writeBackupText } from '@/utils/export/backup-write';
import { buildBackup } from '@/utils/export/json';
import { loadInventory } from '@/utils/export/source';
import { EncodingError, readText } from '@/utils/imports/encoding';
import { addManualSite } from '@/utils/inventory/manual';
import { mergeObservations } from '@/utils/inventory/merge';
import { setStatus } from '@/utils/inventory/status';
import { addNumber } from '@/utils/numbers/numbers';
import { keepWholeNumbers, pausedSites, recordPrivate } from '@/utils/settings';
import { STATUSES } from '@/utils/types';
import type { RebindDB } from '@/utils/db/schema';
import { dump, fill, sampleInventory, sampleText } from '../export/fixtures';
import { freshDb, translator } from '../export/helpers';
import { writeErrorText } from '@/components/export/ImportBackup';
import { useLocale } from '../i18n';

const en = translator('en');

let db: RebindDB;
beforeEach(async () => {
  useLocale('en');
  db = freshDb();
  await fill(db, { sites: [], evidence: [], numbers: [] });
});

const ms = (f: () => unknown): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

describe('deeply nested JSON', () => {
  it.each([
    ['1 MB of "["', '['.repeat(1024 * 1024)],
    ['1 MB of balanced brackets', '['.repeat(512 * 1024) + ']'.repeat(512 * 1024)],
    ['nested objects inside a real backup', sampleText().replace('"evidence": [', `"evidence": [${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)},`)],
  ])('%s is refused at once, before it is parsed', (_what, text) => {
    let result!: ReturnType<typeof parseBackup>;
    const took = ms(() => (result = parseBackup(text)));
    expect(result).toMatchObject({ ok: false, error: { code: 'tooDeep' } });
    expect(took).toBeLessThan(1500);
    if (!result.ok) expect(importErrorMessage(result.error, en)).toMatch(/nests deeper than a Rebind backup ever does.*Nothing was imported/);
  });

  it('counts depth outside strings only', () => {
    expect(nestingDepth('{"a":"[[[[[[[[[[[[[["}', 8)).toBe(1);
    expect(nestingDepth('{"a":"\\"[[[[[[[[[[[[[["}', 8)).toBe(1);
  });
});

describe('__proto__ and friends', () => {
  it('a __proto__ key deep in a row leaves out that row only, and pollutes nothing', async () => {
    const text = sampleText().replace('"detail":"Bitwarden export"', '"detail":{"x":[{"__proto__":{"polluted":1}}]}');
    const r = await importBackupText(db, text, 'replace');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.skipped).toEqual([{ path: 'evidence[2].detail.x[0].__proto__', problem: 'forbiddenKey' }]);
    expect(skippedLines(r.skipped, en)[0]).toMatch(/forbidden key.*The row is left out/);
    expect(await db.evidence.count()).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds the key without copying a path per node', () => {
    const wide = { rows: Array.from({ length: 100_000 }, (_, i) => ({ i, tags: ['a', 'b'] })) };
    Object.defineProperty(wide.rows[99_999]!, 'constructor', { value: 1, enumerable: true });
    const data: unknown = JSON.parse(JSON.stringify(wide));
    let hit: string | null = null;
    expect(ms(() => (hit = forbiddenKeyIn(data)))).toBeLessThan(3000);
    expect(hit).toBe('rows[99999].constructor');
  });

  it('a __proto__ in the settings keeps this device\'s settings and imports the rows', async () => {
    await recordPrivate.setValue(false);
    const text = sampleText().replace('"settings": {', '"settings": {"__proto__":{"recordPrivate":true},');
    const r = await importBackupText(db, text, 'replace');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.skipped.map((s) => s.path)).toEqual(['settings.__proto__']);
    expect(await recordPrivate.getValue()).toBe(false);
    expect(await db.sites.count()).toBe(2);
  });
});

describe('BOM, UTF-16 and truncated files', () => {
  const utf16 = (text: string, le: boolean, bom: boolean) => {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const all = (bom ? '\uFEFF' : '') + text;
    for (let i = 0; i < all.length; i++) {
      const c = all.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return new Blob([out]);
  };

  it.each([
    ['UTF-8 with a BOM', new Blob(['\uFEFF' + sampleText()])],
    ['UTF-16 LE with a BOM', utf16(sampleText(), true, true)],
    ['UTF-16 BE with a BOM', utf16(sampleText(), false, true)],
    ['UTF-16 LE without a BOM', utf16(sampleText(), true, false)],
  ])('%s imports', async (_what, blob) => {
    const r = await importBackupText(db, await readText(blob), 'replace');
    expect(r).toMatchObject({ ok: true, skipped: [] });
    expect((await db.sites.toArray()).map((s) => s.site)).toEqual(['bilibili.com', 'github.com']);
    expect((await db.numbers.toArray())[0]?.label).toBe('工作号');
  });

  it('bytes that are not UTF-8 are refused, not read as mojibake', async () => {
    await expect(readText(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x7d, 0x41])]))).rejects.toBeInstanceOf(EncodingError);
    expect(importErrorMessage({ code: 'encoding' }, en)).toMatch(/not text Rebind can read.*Nothing was imported/);
  });

  it.each([10, 1000, sampleText().length - 3])('a file cut after %i characters is refused and changes nothing', async (n) => {
    await fill(db, sampleInventory());
    const before = await dump(db);
    const r = await importBackupText(db, sampleText().slice(0, n), 'replace');
    expect(r).toMatchObject({ ok: false, error: { code: 'truncated' } });
    expect(await dump(db)).toEqual(before);
  });
});

describe('backups Rebind writes always import', () => {
  it('"Work <old>", a 3,000-character URL and every status, written by the real writers, come back', async () => {
    await keepWholeNumbers.setValue(true);
    const n = await addNumber(db, { label: 'Work <old>', country: 'CN', number: '13800138000' });
    const sites: string[] = [];
    for (const [i, status] of STATUSES.entries()) {
      const site = await addManualSite(db, `s${i}-status.com`);
      await setStatus(db, site, status);
      sites.push(site);
    }
    const long = `https://s0-status.com/${'a/'.repeat(1500)}`;
    expect(long.length).toBeGreaterThan(3000);
    await mergeObservations(db, [{ site: sites[0]!, at: Date.now(), source: 'page', strength: 'bound-number', kinds: ['bound-number'], url: long, masked: ['138*8000'] }]);
    // A row stored before the cap existed, written straight to the table.
    await db.evidence.add({ site: sites[1]!, at: 5, source: 'page', strength: 'visited', kinds: [], url: `https://s1-status.com/${'b'.repeat(3000)}` });
    await db.sites.update(sites[2]!, { name: '<img src=x onerror=alert(1)> & "Work <old>"', note: 'line 1\nline 2\t<b>bold</b>' });

    const written = writeBackupText(buildBackup(await loadInventory(db), await readSettings(), Date.now()));
    expect(written.left).toEqual([]);
    const target = freshDb();
    const r = await importBackupText(target, written.text, 'replace');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.skipped).toEqual([]);
    expect((await target.numbers.get(n.id))?.label).toBe('Work <old>');
    expect((await target.sites.toArray()).map((s) => s.status).sort()).toEqual([...STATUSES].sort());
    expect((await target.sites.get(sites[2]!))?.name).toBe('<img src=x onerror=alert(1)> & "Work <old>"');
    for (const e of await target.evidence.toArray()) expect((e.url ?? '').length).toBeLessThanOrEqual(512);
    expect((await target.evidence.where('site').equals(sites[0]!).toArray()).some((e) => e.url === 'https://s0-status.com/')).toBe(true);
    expect((await target.evidence.where('site').equals(sites[1]!).toArray()).some((e) => e.url === 'https://s1-status.com/')).toBe(true);
  });
});

describe('settings from a backup', () => {
  it('replace shows what the file would change before anything is applied', async () => {
    await recordPrivate.setValue(false);
    await pausedSites.setValue(['here.com', 'both.com']);
    const current = await readSettings();
    const file = { recordPrivate: true, pausedSites: ['both.com', 'there.com', 'new.com'], keepWholeNumbers: true };
    expect(settingsChanges(current, settingsAfter('replace', current, file))).toEqual([
      { key: 'recordPrivate', from: false, to: true },
      { key: 'keepWholeNumbers', from: false, to: true },
      { key: 'pausedSites', added: 2, removed: 1 },
    ]);
    expect(await recordPrivate.getValue()).toBe(false);
  });

  it('100,000 long paused sites are applied with the data', async () => {
    const paused = Array.from({ length: 100_000 }, (_, i) => `${'x'.repeat(200)}-${i}.example.com`);
    const text = sampleText({ recordPrivate: false, pausedSites: paused, keepWholeNumbers: false });
    const r = await importBackupText(db, text, 'replace');
    expect(r).toMatchObject({ ok: true, skipped: [] });
    expect((await pausedSites.getValue()).length).toBe(100_000);
    expect(await db.sites.count()).toBe(2);
  }, 60_000);

  it('a quota error in the middle of the import leaves database and settings unchanged', async () => {
    await fill(db, { sites: [{ site: 'old.com', kinds: [], status: 'todo', strength: 'visited', firstSeen: 1, lastSeen: 2, risk: 0, numberIds: [] }], evidence: [], numbers: [] });
    await pausedSites.setValue(['mine.com']);
    const before = await dump(db);
    const settingsBefore = await readSettings();
    const parsed = parseBackup(sampleText({ recordPrivate: true, pausedSites: ['theirs.com'], keepWholeNumbers: true }));
    if (!parsed.ok) throw new Error('sample must parse');
    // The disk fills while the evidence rows are written (after settings, sites and numbers).
    let calls = 0;
    db.evidence.hook('creating', () => {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await applyBackup(db, parsed.backup, 'replace').catch((e: unknown) => e);
    expect(err).toBeTruthy();
    expect(await dump(db)).toEqual(before);
    expect(await readSettings()).toEqual(settingsBefore);
    // The person is told the storage is full and that nothing changed.
    expect(writeErrorText(err)).toMatch(/storage is full: nothing was imported, and your list and settings are unchanged/);
  });

  it('settings storage refusing the write leaves the database unchanged too', async () => {
    await fill(db, sampleInventory());
    const before = await dump(db);
    const parsed = parseBackup(sampleText({ recordPrivate: true, pausedSites: ['theirs.com'], keepWholeNumbers: false }));
    if (!parsed.ok) throw new Error('sample must parse');
    const spy = vi.spyOn(storage, 'setItems').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(applyBackup(db, { ...parsed.backup, sites: [] }, 'replace')).rejects.toThrow(/quota/);
    spy.mockRestore();
    expect(await dump(db)).toEqual(before);
    expect(await recordPrivate.getValue()).toBe(false);
  });
});

describe('encrypted backups', () => {
  it('round-trips with the passphrase, and hides the numbers without it', async () => {
    const plain = sampleText({ recordPrivate: false, pausedSites: [], keepWholeNumbers: true });
    const sealed = await encryptBackup(plain, 'correct horse battery', 100_000);
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(sealed).not.toMatch(/5678|bilibili|工作号/);
    expect(JSON.parse(sealed)).toMatchObject({ format: 'rebind-backup-encrypted', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000 }, cipher: { name: 'AES-GCM' } });
    expect(await decryptBackup(sealed, 'correct horse battery')).toBe(plain);
  });

  it('a wrong passphrase or a changed byte is refused', async () => {
    const sealed = await encryptBackup(sampleText(), 'correct horse battery', 100_000);
    await expect(decryptBackup(sealed, 'wrong horse battery')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    const e = JSON.parse(sealed);
    e.data = (e.data[0] === 'A' ? 'B' : 'A') + e.data.slice(1);
    await expect(decryptBackup(JSON.stringify(e), 'correct horse battery')).rejects.toMatchObject({ code: 'wrongPassphrase' });
  });

  it('a file asking for a billion PBKDF2 rounds is refused at once', async () => {
    const e = JSON.parse(await encryptBackup('{}', 'correct horse battery', 100_000));
    e.kdf.iterations = 1e9;
    const t0 = performance.now();
    await expect(decryptBackup(JSON.stringify(e), 'x')).rejects.toBeInstanceOf(DecryptError);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
