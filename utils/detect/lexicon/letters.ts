// The letters a word boundary knows: a word of a spaced language must not touch one. Latin,
// Greek, Cyrillic and Vietnamese letters and the digits, lower case (texts are lower-cased).
// One list for the expressions (build.ts) and the page's lookups (index.ts).
const RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x61, 0x7a],
  [0xc0, 0x24f],
  [0x370, 0x4ff],
  [0x1e00, 0x1eff],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** The same letters as a character class's contents, for expressions. */
export const LETTER_CLASS = RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('');

/** Is the code unit at `i` a letter? (false past the end) */
export function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  for (const [a, b] of RANGES) if (c >= a && c <= b) return true;
  return false;
}
