import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SmsImportError } from '@/utils/sms/errors';
import { appleDate, readSmsDb, textFromAttributed } from '@/utils/sms/sqlite';
import type { SmsMessage } from '@/utils/sms/types';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

/** An archived NSAttributedString as iOS 16+ writes it: "NSString", then '+', a length, the text. */
function attributed(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const head = new TextEncoder().encode('\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+');
  const len = bytes.length < 0x80 ? [bytes.length] : [0x81, bytes.length & 0xff, bytes.length >> 8];
  return new Uint8Array([...head, ...len, ...bytes, 0x86]);
}

function smsDb(rows: { handle: string; text: string | null; attr?: Uint8Array; date: number; fromMe: number }[]): Uint8Array {
  const db = new SQL.Database();
  db.run('CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, service TEXT)');
  db.run('CREATE TABLE message (ROWID INTEGER PRIMARY KEY, guid TEXT, text TEXT, attributedBody BLOB, handle_id INTEGER, date INTEGER, is_from_me INTEGER, service TEXT)');
  rows.forEach((r, i) => {
    db.run('INSERT INTO handle (ROWID, id, service) VALUES (?, ?, ?)', [i + 1, r.handle, 'SMS']);
    db.run('INSERT INTO message (guid, text, attributedBody, handle_id, date, is_from_me) VALUES (?, ?, ?, ?, ?, ?)', [
      `g${i}`, r.text, r.attr ?? null, i + 1, r.date, r.fromMe,
    ]);
  });
  const bytes = db.export();
  db.close();
  return bytes;
}

const read = (bytes: Uint8Array) => {
  const out: SmsMessage[] = [];
  readSmsDb(SQL, bytes, (m) => out.push(m));
  return out;
};

const errorOf = (bytes: Uint8Array) => {
  try {
    read(bytes);
  } catch (e) {
    if (e instanceof SmsImportError) return e.code;
    throw e;
  }
  return 'ok';
};

describe('iPhone sms.db', () => {
  it('reads sender, text, date (seconds or nanoseconds since 2001) and direction', () => {
    const out = read(smsDb([
      { handle: '106900', text: '【淘宝网】验证码123456', date: 721_000_000 * 1e9, fromMe: 0 },
      { handle: '+8613800138000', text: 'ok', date: 500_000_000, fromMe: 1 },
      { handle: '22000', text: null, attr: attributed('G-123456 is your Google verification code.'), date: 721_000_000 * 1e9, fromMe: 0 },
    ]));
    expect(out).toEqual([
      { address: '106900', body: '【淘宝网】验证码123456', at: (721_000_000 + 978_307_200) * 1000, received: true },
      { address: '+8613800138000', body: 'ok', at: (500_000_000 + 978_307_200) * 1000, received: false },
      { address: '22000', body: 'G-123456 is your Google verification code.', at: (721_000_000 + 978_307_200) * 1000, received: true },
    ]);
  });

  it('decodes long attributed bodies', () => {
    const long = '验证码'.repeat(60);
    expect(textFromAttributed(attributed(long))).toBe(long);
    expect(appleDate(0)).toBe(0);
  });

  it('an encrypted backup file (no SQLite header): a clear error', () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(errorOf(noise)).toBe('sms_err_encrypted');
  });

  it("another app's SQLite database: a clear error", () => {
    const db = new SQL.Database();
    db.run('CREATE TABLE notes (id INTEGER, body TEXT)');
    const bytes = db.export();
    db.close();
    expect(errorOf(bytes)).toBe('sms_err_wrong_db');
  });

  it('the wasm the dashboard loads is the one sql.js ships (public/sql-wasm.wasm)', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const shipped = readFileSync(resolve(root, 'public/sql-wasm.wasm'));
    const pkg = readFileSync(resolve(root, 'node_modules/sql.js/dist/sql-wasm.wasm'));
    expect(shipped.equals(pkg)).toBe(true);
  });
});
