import { beforeEach, describe, expect, it, vi } from 'vitest';
import { detectFormat, importPasswords, ImportError } from '@/utils/imports/passwords';
import { addNumber } from '@/utils/numbers/numbers';
import type { RebindDB } from '@/utils/db/schema';
import { freshDb } from './db';

vi.mock('@/utils/catalog/lookup', async () => (await import('./catalog-fake')).fakeLookup);

const PW = 'hunter2-SECRET';
const NOTE = 'my-private-note';
const EXPORTS: Record<string, string> = {
  chrome: `name,url,username,password,note
alipay.com,https://www.alipay.com/login?next=1,138 0013 8000,${PW},${NOTE}
github.com,https://github.com/session,octo@example.com,${PW},
app,android://abc@com.example.app/,bob,${PW},
`,
  firefox: `"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"
"https://www.alipay.com","+8613800138000","${PW}",,"https://www.alipay.com","{1}","1","2","3"
"https://github.com","octo","${PW}",,"https://github.com","{2}","1","2","3"
`,
  bitwarden: `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
,,login,Alipay,${NOTE},,0,"https://www.alipay.com,https://m.alipay.com",13800138000,${PW},
,,login,GitHub,,,0,https://github.com,octo,${PW},
,,note,Secret note,${NOTE},,0,,,,
`,
  '1password': `Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
Alipay,https://www.alipay.com/,138-0013-8000,${PW},,false,false,,${NOTE}
GitHub,https://github.com/,octo,${PW},,false,false,,
`,
  keepassxc: `"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root","Alipay","13800138000","${PW}","https://www.alipay.com","${NOTE}","","0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"
"Root","GitHub","octo","${PW}","github.com/login","","","0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"
`,
};

const file = (text: string, name = 'export.csv') => new File([text], name, { type: 'text/csv' });

let db: RebindDB;
let numberId: string;
beforeEach(async () => {
  db = freshDb();
  numberId = (await addNumber(db, { label: 'Main', country: 'CN', number: '13800138000' }, false)).id;
});

async function everythingStored(): Promise<string> {
  return JSON.stringify([await db.sites.toArray(), await db.evidence.toArray(), await db.numbers.toArray()]);
}

describe('password-manager exports', () => {
  it.each(Object.entries(EXPORTS))('%s: imports url and username only', async (id, text) => {
    const report = await importPasswords(db, file(text));
    expect(report.format).toBe(id);
    expect(report.sites).toBe(2);
    expect(report.numberLogins).toBe(1);
    const alipay = await db.sites.get('alipay.com');
    expect(alipay).toMatchObject({ strength: 'imported', numberIds: [numberId] });
    expect(alipay?.kinds).toContain('login-phone');
    expect(await db.sites.get('github.com')).toMatchObject({ strength: 'imported', numberIds: [] });
    const evidence = await db.evidence.where('site').equals('alipay.com').toArray();
    expect(evidence[0]).toMatchObject({ source: 'password-manager', numberId });
    expect(evidence[0]?.detail).toMatch(/your number/);
    const stored = await everythingStored();
    for (const secret of [PW, NOTE, 'octo', '13800138000', '138 0013', 'next=1', '/session']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('reports skipped rows with reasons', async () => {
    const r = await importPasswords(db, file(EXPORTS.chrome! + 'x,,y,z,\nr,http://192.168.1.1/,admin,p,\nq,javascript:alert(1),a,b,\n'));
    expect(r.skipped).toMatchObject({ 'not-web': 2, 'no-url': 1, local: 1 });
    const bw = await importPasswords(db, file(EXPORTS.bitwarden!));
    expect(bw.skipped['not-login']).toBe(1);
  });

  it('is idempotent on re-import', async () => {
    await importPasswords(db, file(EXPORTS.keepassxc!));
    const again = await importPasswords(db, file(EXPORTS.keepassxc!));
    expect(again.added).toBe(0);
    expect(await db.evidence.count()).toBe(2);
  });

  it('tells the formats apart from the header', () => {
    expect(detectFormat(['\uFEFFname', 'url', 'username', 'password'])?.format.id).toBe('chrome');
    expect(detectFormat(['Group', 'Title', 'Username', 'Password', 'URL', 'Notes'])?.format.id).toBe('keepassxc');
    expect(detectFormat(['title', 'website', 'username', 'password'])?.format.id).toBe('1password');
    expect(detectFormat(['a', 'b', 'c'])).toBeNull();
  });
});

describe('bad files change nothing', () => {
  const expectError = async (blob: Blob, code: string) => {
    const before = await everythingStored();
    await expect(importPasswords(db, blob)).rejects.toSatisfy(
      (e) => e instanceof ImportError && e.code === code,
    );
    expect(await everythingStored()).toBe(before);
  };

  it('an unknown header', () => expectError(file('foo,bar\n1,2\n'), 'inv_err_csv_unknown'));
  it('an empty file', () => expectError(file(''), 'inv_err_csv_empty'));
  it('a binary file', () => expectError(file('\u0000\u0001PK\u0003'), 'inv_err_csv_unknown'));
  it('a file cut off inside a quoted field', () =>
    expectError(file(EXPORTS.firefox! + '"https://x.com","a","unfinished'), 'inv_err_csv_quote'));
  it('a file cut off mid-row', () =>
    expectError(file(EXPORTS.chrome! + 'late,https://late.example.com,'), 'inv_err_csv_truncated'));
  it('a 200 MB file, refused before reading', async () => {
    const huge = { size: 200 * 1024 * 1024, slice: () => { throw new Error('read'); } } as unknown as Blob;
    await expectError(huge, 'inv_err_csv_too_big');
  });

  it('hostile strings are neither stored nor break the import', async () => {
    const hostile = [
      'name,url,username,password,note',
      `"=HYPERLINK(""http://evil"")","https://shop.example.com/<script>alert(1)</script>","<img src=x onerror=alert(1)>",p,`,
      `"x","https://${'a'.repeat(3000)}.com/",u,p,`,
      `"y","https://exa mple.com/",u,p,`,
      `"z","https://xn--fiqs8s.cn/","\u202e\u0000",p,`,
    ].join('\n');
    // NUL bytes make it binary: the whole file is refused.
    await expectError(file(hostile), 'inv_err_csv_unknown');
    const r = await importPasswords(db, file(hostile.replace('\u0000', '')));
    expect(r.sites).toBe(2);
    expect(r.skipped['bad-url']).toBe(2);
    const stored = await everythingStored();
    expect(stored).not.toContain('script');
    expect(stored).not.toContain('HYPERLINK');
  });
});

describe('large files are read in slices', () => {
  it('handles a 20,000-row export whose quoted fields span slice boundaries', async () => {
    const rows = ['name,url,username,password,note'];
    for (let i = 0; i < 20_000; i++) {
      rows.push(`s${i},https://www${i % 500}.site${i % 900}.com/login,"user ${i}","pa,ss\n""${i}""","note\nline"`);
    }
    const r = await importPasswords(db, file(rows.join('\r\n')));
    expect(r.rows).toBe(20_000);
    expect(r.sites).toBe(900);
  }, 20_000);
});
