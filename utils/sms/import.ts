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

/** Reads an Android XML backup or an iPhone sms.db, telling them apart by their first bytes. */
export async function readSmsFile(file: Blob, opts: ReadOptions = {}): Promise<SmsSummary> {
  if (file.size === 0) throw new SmsImportError('sms_err_empty');
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const summary = newSummary();
  if (isSqlite(head) || /\.(db|sqlite)$/i.test((file as File).name ?? '')) {
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
