// CSV rows from a file, a slice at a time: only one slice of text is in memory at once, and
// each row is handed to `onRow` and dropped. papaparse parses each slice cut at a record end.
import Papa from 'papaparse';
import { decoderFor, EncodingError, sniffEncoding } from './encoding';

export const CSV_SLICE_BYTES = 256 * 1024;

export class CsvError extends Error {
  constructor(
    readonly code: 'truncated' | 'binary' | 'malformed' | 'encoding',
    /** 1-based line of the record at fault, when known. */
    readonly row?: number,
  ) {
    super(code);
  }
}

/**
 * Calls `onRow(cells, rowNumber)` for each non-empty record, and `onBadRow(rowNumber)` for a
 * record papaparse could only read damaged (a stray quote): one bad row costs only itself.
 * Throws CsvError for a file that ends inside a quoted field (a quote never closed swallows every
 * row after it), contains NUL bytes, or is in no encoding we read (UTF-8, UTF-16 with or
 * without BOM).
 */
export async function eachCsvRow(
  file: Blob,
  onRow: (cells: string[], row: number) => void,
  signal?: AbortSignal,
  onProgress?: (fraction: number) => void,
  onBadRow?: (row: number) => void,
): Promise<void> {
  const head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
  const decoder = decoderFor(sniffEncoding(head));
  // Text since the last record end, as slices: joined only when whole records are cut off, so
  // a 25 MB cell costs one copy, not one per slice (a growing string is flattened on every read).
  let pending: string[] = [];
  let inQuote = false;
  let row = 0;
  let newline: '\n' | '\r\n' | undefined;
  const parse = (text: string) => {
    if (!text) return;
    // Decided once for the file, so that every slice is split the same way.
    newline ??= /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
    Papa.parse<string[]>(text, {
      delimiter: ',',
      newline,
      skipEmptyLines: 'greedy',
      step: (r) => {
        row++;
        // A quote that never closes (papaparse may report it second, after InvalidQuotes) has
        // swallowed every record after it: nothing past it can be trusted.
        if (r.errors.some((e) => e.code === 'MissingQuotes')) throw new CsvError('truncated', row);
        if (r.errors.length) onBadRow?.(row);
        else onRow(r.data, row);
      },
    });
  };
  for (let offset = 0; offset < file.size; offset += CSV_SLICE_BYTES) {
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    const bytes = new Uint8Array(await file.slice(offset, offset + CSV_SLICE_BYTES).arrayBuffer());
    const text = decodeOrThrow(() => decoder.decode(bytes));
    if (text.includes('\u0000')) throw new CsvError('binary');
    pending.push(text);
    onProgress?.(Math.min(1, (offset + CSV_SLICE_BYTES) / file.size));
    // Cut at the last line break outside quotes: everything before it is whole records.
    let cut = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) inQuote = !inQuote;
      else if (c === 10 && !inQuote) cut = i + 1;
    }
    if (cut > 0) {
      pending.pop();
      parse(pending.join('') + text.slice(0, cut));
      pending = [text.slice(cut)];
    }
  }
  pending.push(decodeOrThrow(() => decoder.decode(undefined, true)));
  if (inQuote) throw new CsvError('truncated', row + 1);
  parse(pending.join(''));
}

function decodeOrThrow(decode: () => string): string {
  try {
    return decode();
  } catch (e) {
    if (e instanceof EncodingError) throw new CsvError('encoding');
    throw e;
  }
}
