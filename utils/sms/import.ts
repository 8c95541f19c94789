// Runs an SMS import in the dashboard: read the file (XML streamed, sms.db through sql.js)
// into a summary, then, once the person has chosen the number and the services, write the
// evidence through the one merge. Nothing is written before that, and no body or code at all.
import { entryForSite } from '../catalog/lookup';
import type { RebindDB } from '../db/schema';
import { mergeObservations, type Observation } from '../inventory/merge';
import type { Kind } from '../types';
import { MAX_DB_BYTES, SmsImportError, tooBig } from './errors';
import { readPasted } from './paste';
import { isSqlite, readSmsDb } from './sqlite';
import { newSummary, tallyMessage, type ServiceTally, type SmsSummary } from './tally';
import { readSmsXml, type ReadOptions } from './xml';

/** sql.js, loaded from the extension's own files only when an sms.db is chosen. */
async function loadSql() {
  const [{ default: initSqlJs }, { browser }] = await Promise.all([import('sql.js'), import('wxt/browser')]);
  return initSqlJs({ locateFile: () => browser.runtime.getURL('/sql-wasm.wasm') });
}

/**
 * What the first bytes say: XML (maybe after a BOM or spaces), SQLite, other text, or binary
 * that is neither, as an encrypted iPhone backup's files are (named by a hash, no extension).
 */
export function sniff(head: Uint8Array): 'xml' | 'sqlite' | 'text' | 'binary' {
  if (isSqlite(head)) return 'sqlite';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x3c) return 'xml';
  // UTF-16 text starts with its BOM: the XML reader says which encoding it wants.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'xml';
  const control = [...head].filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
  return control > 0 ? 'binary' : 'text';
}

/** Reads an Android XML backup or an iPhone sms.db, telling them apart by their first bytes. */
export async function readSmsFile(file: Blob, opts: ReadOptions = {}): Promise<SmsSummary> {
  if (file.size === 0) throw new SmsImportError('sms_err_empty');
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const kind = sniff(head);
  if (kind === 'binary') throw new SmsImportError('sms_err_encrypted');
  if (kind === 'text') throw new SmsImportError('sms_err_not_xml');
  const summary = newSummary();
  if (kind === 'sqlite') {
    if (file.size > MAX_DB_BYTES) throw tooBig(file.size, MAX_DB_BYTES);
    const SQL = await loadSql();
    const bytes = new Uint8Array(await file.arrayBuffer());
    opts.onProgress?.(0.5);
    readSmsDb(SQL, bytes, (m) => tallyMessage(summary, m));
  } else {
    await readSmsXml(file, (m) => tallyMessage(summary, m), opts);
  }
  opts.onProgress?.(1);
  if (summary.total === 0) throw new SmsImportError('sms_err_no_messages');
  return summary;
}

export function readSmsText(text: string): SmsSummary {
  const summary = newSummary();
  for (const m of readPasted(text)) tallyMessage(summary, m);
  return summary;
}

const day = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '?');

/** The evidence row's detail: count and first and last date, never a message. */
export function smsDetail(t: ServiceTally): string {
  return `${t.count} SMS, ${day(t.first)} – ${day(t.last)}`;
}

/** One observation per service the person kept: codes received at this number. */
export function smsObservations(services: readonly { site: string; tally: ServiceTally }[], numberId: string): Observation[] {
  return services.map(({ site, tally }) => {
    const kinds: Kind[] = ['account-phone', ...(entryForSite(site)?.kinds ?? [])];
    return {
      site,
      at: tally.last || Date.now(),
      source: 'sms',
      strength: 'signed-in',
      kinds: [...new Set(kinds)],
      numberId,
      detail: smsDetail(tally),
    };
  });
}

export async function writeSmsEvidence(
  db: RebindDB,
  services: readonly { site: string; tally: ServiceTally }[],
  numberId: string,
): Promise<number> {
  await mergeObservations(db, smsObservations(services, numberId));
  return services.length;
}
