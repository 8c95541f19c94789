// Where a word is filed: a hash of its first one, two or three UTF-16 code units, the same
// at build time (build.ts) and in the page (index.ts). Numbers, not strings: reading a text
// allocates nothing.
const TABLE_BITS = 13;
const MASK = (1 << TABLE_BITS) - 1;

/** The bucket of the `k` (1–3) code units c0, c1, c2 (unused ones 0). */
export const bucketOf = (k: number, c0: number, c1: number, c2: number): number =>
  ((Math.imul(Math.imul(c0, 31) + c1, 31) + c2) * 4 + k) & MASK;

/** The bucket of a word: by its first three code units, or all of a shorter one. */
export function bucketOfWord(word: string): number {
  const k = Math.min(3, word.length);
  return bucketOf(k, word.charCodeAt(0), k > 1 ? word.charCodeAt(1) : 0, k > 2 ? word.charCodeAt(2) : 0);
}

/** Ends a bucket in Filed.words (build.ts); no word holds it. */
export const BUCKET_END = '\u0001';
