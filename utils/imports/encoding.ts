// Which text encoding a file the person picked is in. Spreadsheet programs and Windows tools
// save CSV and JSON as UTF-16 (with a byte-order mark, or without one), UTF-8 with or without
// a BOM; anything else that isn't valid UTF-8 is refused rather than read as mojibake.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export class EncodingError extends Error {
  constructor() {
    super('encoding');
  }
}

/** The encoding of a file from its first bytes. */
export function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // No BOM: ASCII text in UTF-16 has a zero in every other byte.
  const n = Math.min(head.length, 512) & ~1;
  if (n >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) evenZero++;
      if (head[i + 1] === 0) oddZero++;
    }
    if (oddZero > n / 4 && evenZero === 0) return 'utf-16le';
    if (evenZero > n / 4 && oddZero === 0) return 'utf-16be';
  }
  return 'utf-8';
}

/** A streaming decoder for the encoding; it drops the BOM and throws EncodingError on bad bytes. */
export function decoderFor(encoding: TextEncodingName): { decode(bytes?: Uint8Array, end?: boolean): string } {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  return {
    decode(bytes, end = false) {
      try {
        return end ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
      } catch {
        throw new EncodingError();
      }
    },
  };
}

/** A whole file's text, in whichever of the encodings above it is. */
export async function readText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decoderFor(sniffEncoding(bytes.subarray(0, 512))).decode(bytes, true);
}
