// Android "SMS Backup & Restore" XML, read as a stream: the file is never whole in memory, so
// a 500 MB backup works. <smses><sms address date type body sub_id … /></smses>; date in ms,
// type 1 = received, 2 = sent.
import { SaxesParser } from 'saxes';
import { MAX_XML_BYTES, SmsImportError, tooBig } from './errors';
import type { SmsMessage } from './types';

export interface ReadOptions {
  signal?: AbortSignal;
  /** Fraction 0..1 of the file read. */
  onProgress?: (fraction: number) => void;
}

const DECLARED = /^\uFEFF?<\?xml[^>]*encoding=["']([^"']+)["']/i;

export async function readSmsXml(
  file: Blob,
  onMessage: (m: SmsMessage) => void,
  opts: ReadOptions = {},
): Promise<number> {
  if (file.size === 0) throw new SmsImportError('sms_err_empty');
  if (file.size > MAX_XML_BYTES) throw tooBig(file.size, MAX_XML_BYTES);
  const parser = new SaxesParser({ position: false });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let root: string | null = null;
  let closed = false;
  let count = 0;
  let failure: SmsImportError | null = null;
  parser.on('error', () => {
    failure ??= new SmsImportError(root ? 'sms_err_truncated' : 'sms_err_not_xml');
  });
  parser.on('opentag', (tag) => {
    if (root === null) {
      root = tag.name;
      if (root !== 'smses') failure ??= new SmsImportError('sms_err_not_backup');
      return;
    }
    if (tag.name !== 'sms') return;
    const a = tag.attributes as Record<string, string>;
    count++;
    onMessage({
      address: a.address ?? '',
      body: a.body ?? '',
      at: Number(a.date) || 0,
      received: a.type === '1',
      ...(a.sub_id && a.sub_id !== '-1' ? { sim: a.sub_id } : {}),
    });
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'smses') closed = true;
  });
  const reader = file.stream().getReader();
  let read = 0;
  let first = true;
  try {
    for (;;) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Cancelled', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      let text: string;
      try {
        text = decoder.decode(value, { stream: true });
      } catch {
        throw new SmsImportError('sms_err_encoding');
      }
      if (first) {
        first = false;
        const declared = DECLARED.exec(text)?.[1]?.toLowerCase();
        if (declared && declared !== 'utf-8' && declared !== 'utf8') throw new SmsImportError('sms_err_encoding');
        if (!/^\uFEFF?\s*</.test(text)) throw new SmsImportError('sms_err_not_xml');
      }
      parser.write(text);
      if (failure) throw failure;
      opts.onProgress?.(read / file.size);
    }
    parser.close();
  } catch (e) {
    if (e instanceof SmsImportError) throw e;
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw failure ?? new SmsImportError(root ? 'sms_err_truncated' : 'sms_err_not_xml');
  } finally {
    reader.releaseLock();
  }
  if (failure) throw failure;
  if (!root) throw new SmsImportError('sms_err_not_xml');
  if (!closed) throw new SmsImportError('sms_err_truncated');
  return count;
}
