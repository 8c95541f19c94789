// @vitest-environment node
// Hostile input, password-manager CSV: a cell of five million hosts, a quote that never closes,
// UTF-16 and BOM files, bad bytes, javascript: and credentialed URLs, a damaged row in the middle.
import { beforeEach, describe, expect, it } from 'vitest';
import { importPasswords, ImportError } from '@/utils/imports/passwords';
import { addNumber } from '@/utils/numbers/numbers';
import type { RebindDB } from '@/utils/db/schema';
import { freshDb } from '../inventory/db';

const file = (parts: BlobPart[]) => new File(parts, 'export.csv', { type: 'text/csv' });
const BW = 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp';
const CHROME = 'name,url,username,password,note';

let db: RebindDB;
let numberId: string;
beforeEach(async () => {
  db = freshDb();
  numberId = (await addNumber(db, { label: 'Main', country: 'CN', number: '13800138000' }, false)).id;
});

async function stored(): Promise<string> {
  return JSON.stringify([await db.sites.toArray(), await db.evidence.toArray()]);
}

async function refused(f: File, code: string, params?: unknown[]) {
  const before = await stored();
  const err = await importPasswords(db, f).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  expect((err as ImportError).code).toBe(code);
  if (params) expect((err as ImportError).params).toEqual(params);
  expect(await stored()).toBe(before);
}

describe('a giant cell', () => {
  it('of one five-million-character host is skipped as too long', async () => {
    const r = await importPasswords(db, file([`${CHROME}\nx,https://${'a'.repeat(5_000_000)}.com/,u,pw,\ny,https://github.com/,u,pw,\n`]));
    expect(r.skipped['too-long']).toBe(1);
    expect((await db.sites.toArray()).map((s) => s.site)).toEqual(['github.com']);
  }, 60_000);

  it('of five million hosts (25 MB) is skipped as too long, and the other rows come in', async () => {
    const cell = 'a.co,'.repeat(5_000_000);
    const t0 = performance.now();
    const r = await importPasswords(db, file([`${BW}\n,,login,Huge,,,0,"`, cell, `",13800138000,pw,\n,,login,GitHub,,,0,https://github.com,octo,pw,\n`]));
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(r.rows).toBe(2);
    expect(r.skipped['too-long']).toBe(1);
    expect((await db.sites.toArray()).map((s) => s.site)).toEqual(['github.com']);
  }, 60_000);

  it('a cell of many short URLs reads at most 32 of them', async () => {
    const cell = Array.from({ length: 500 }, (_, i) => `https://s${i}.example${i}.com/`).join(',');
    const r = await importPasswords(db, file([`${BW}\n,,login,Many,,,0,"${cell}",u,pw,\n`]));
    expect(r.sites).toBe(32);
  });
});

describe('quotes', () => {
  it('a quote opened in the middle and never closed refuses the file, saying where', async () => {
    const rows = [CHROME, 'a,https://github.com/,octo,pw,', 'b,"https://www.alipay.com/,me,pw,', ...Array.from({ length: 50 }, (_, i) => `c${i},https://s${i}.com/,u,pw,`)];
    await refused(file([rows.join('\n') + '\n']), 'inv_err_csv_quote', [3]);
  });

  it('a stray quote that swallows the rows after it refuses the file, naming its record', async () => {
    const text = [CHROME, 'a,https://github.com/,octo,pw,', 'b,"https://www.alipay.com/"x,me,pw,', 'c,https://www.bilibili.com/,u,pw,'].join('\n') + '\n';
    await refused(file([text]), 'inv_err_csv_quote', [3]);
  });

  it('a short row in the middle is skipped; a short last row means the file was cut', async () => {
    const mid = [CHROME, 'a,https://github.com/,octo,pw,', 'b,https://www.alipay.com/', 'c,https://www.bilibili.com/,u,pw,'].join('\n') + '\n';
    const r = await importPasswords(db, file([mid]));
    expect(r.skipped.malformed).toBe(1);
    expect(await db.sites.count()).toBe(2);
    await refused(file([[CHROME, 'a,https://www.alipay.com/,u,pw,', 'c,https://www.bilibili.com/'].join('\n')]), 'inv_err_csv_truncated', [3]);
  });
});

describe('encodings', () => {
  const text = `${CHROME}\nAlipay,https://www.alipay.com/,138 0013 8000,pw,支付宝\nGitHub,https://github.com/,octo,pw,\n`;
  const utf16le = (s: string, bom: boolean) => {
    const all = (bom ? '\uFEFF' : '') + s;
    const out = new Uint8Array(all.length * 2);
    for (let i = 0; i < all.length; i++) {
      out[2 * i] = all.charCodeAt(i) & 0xff;
      out[2 * i + 1] = all.charCodeAt(i) >> 8;
    }
    return out;
  };

  it.each([
    ['UTF-8 with a BOM', () => file(['\uFEFF' + text])],
    ['UTF-16 with a BOM', () => file([utf16le(text, true)])],
    ['UTF-16 without a BOM', () => file([utf16le(text, false)])],
  ])('%s imports, and the number login is found', async (_what, f) => {
    const r = await importPasswords(db, f());
    expect(r).toMatchObject({ format: 'chrome', sites: 2, numberLogins: 1 });
    expect((await db.sites.get('alipay.com'))?.numberIds).toEqual([numberId]);
  });

  it('bytes that are not UTF-8 are refused with a clear message', async () => {
    await refused(file([`${CHROME}\n`, new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0xfd, 0x0a])]), 'inv_err_csv_encoding');
  });
});

describe('URLs that are not what they seem', () => {
  it('javascript:, data: and app links are skipped; credentials never reach the store', async () => {
    const text = [
      CHROME,
      'x,javascript:alert(document.cookie),u,pw,',
      'x,data:text/html;base64,PHNjcmlwdD4=,u,pw,',
      'x,https://me:s3cret@github.com/login,octo,pw,',
      'x,https://www.alipay.com@evil-site.com/,u,pw,',
    ].join('\n') + '\n';
    const r = await importPasswords(db, file([text]));
    expect(r.skipped['not-web']).toBe(2);
    const all = await stored();
    expect(all).not.toMatch(/s3cret|me:|javascript|data:/);
    // "alipay.com@evil-site.com" is a page of evil-site.com: it is never recorded as Alipay.
    expect(await db.sites.get('alipay.com')).toBeUndefined();
    expect((await db.evidence.where('site').equals('github.com').toArray())[0]?.url).toBe('https://github.com/');
  });
});
