// An iPhone's sms.db (from an unencrypted computer backup), read with sql.js. The database is
// opened in memory, read once, and closed; nothing of it is kept.
import type { SqlJsStatic } from 'sql.js';
import { MAX_DB_BYTES, SmsImportError, tooBig } from './errors';
import type { SmsMessage } from './types';

const SQLITE_HEADER = 'SQLite format 3\0';
/** Apple's epoch, 2001-01-01, in Unix seconds. */
const APPLE_EPOCH_S = 978307200;

export function isSqlite(head: Uint8Array): boolean {
  return head.length >= 16 && String.fromCharCode(...head.subarray(0, 16)) === SQLITE_HEADER;
}

/** Message dates: seconds since 2001 before iOS 11, nanoseconds since. */
export function appleDate(v: number): number {
  if (!v) return 0;
  const seconds = v > 1e12 ? v / 1e9 : v;
  return Math.round((seconds + APPLE_EPOCH_S) * 1000);
}

/**
 * Newer iOS versions keep the text only in `attributedBody`, an archived NSAttributedString:
 * the string follows the class name "NSString", after a '+' and its length.
 */
export function textFromAttributed(blob: Uint8Array | null): string {
  if (!blob) return '';
  const marker = [0x4e, 0x53, 0x53, 0x74, 0x72, 0x69, 0x6e, 0x67]; // "NSString"
  outer: for (let i = 0; i + marker.length < blob.length; i++) {
    for (let j = 0; j < marker.length; j++) if (blob[i + j] !== marker[j]) continue outer;
    let p = blob.indexOf(0x2b, i + marker.length); // '+'
    if (p < 0) return '';
    p++;
    let len = blob[p++]!;
    if (len === 0x81) {
      len = blob[p]! | (blob[p + 1]! << 8);
      p += 2;
    } else if (len === 0x82) {
      len = blob[p]! | (blob[p + 1]! << 8) | (blob[p + 2]! << 16) | (blob[p + 3]! << 24);
      p += 4;
    }
    return new TextDecoder().decode(blob.subarray(p, p + len));
  }
  return '';
}

export function readSmsDb(SQL: SqlJsStatic, bytes: Uint8Array, onMessage: (m: SmsMessage) => void): number {
  if (bytes.length === 0) throw new SmsImportError('sms_err_empty');
  if (bytes.length > MAX_DB_BYTES) throw tooBig(bytes.length, MAX_DB_BYTES);
  // An encrypted backup's files are ciphertext: no SQLite header.
  if (!isSqlite(bytes)) throw new SmsImportError('sms_err_encrypted');
  let db;
  try {
    db = new SQL.Database(bytes);
  } catch {
    throw new SmsImportError('sms_err_encrypted');
  }
  try {
    let tables: Set<string>;
    let columns: Set<string>;
    try {
      tables = new Set(db.exec("SELECT name FROM sqlite_master WHERE type='table'")[0]?.values.map((v) => String(v[0])) ?? []);
      columns = new Set(tables.has('message') ? (db.exec('PRAGMA table_info(message)')[0]?.values.map((v) => String(v[1])) ?? []) : []);
    } catch {
      throw new SmsImportError('sms_err_encrypted');
    }
    if (!tables.has('message') || !tables.has('handle') || !['text', 'date', 'is_from_me', 'handle_id'].every((c) => columns.has(c))) {
      throw new SmsImportError('sms_err_wrong_db');
    }
    const attributed = columns.has('attributedBody') ? 'm.attributedBody' : 'NULL';
    const stmt = db.prepare(
      `SELECT m.text, ${attributed}, m.date, m.is_from_me, h.id FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id`,
    );
    let count = 0;
    try {
      while (stmt.step()) {
        const [text, attr, date, fromMe, handle] = stmt.get();
        const body = typeof text === 'string' && text ? text : textFromAttributed(attr instanceof Uint8Array ? attr : null);
        count++;
        onMessage({ address: typeof handle === 'string' ? handle : '', body, at: appleDate(Number(date) || 0), received: !Number(fromMe) });
      }
    } finally {
      stmt.free();
    }
    return count;
  } finally {
    db.close();
  }
}
