// The word lists, read where they are loaded (the background, words.js for the guide overlay,
// Node and the tests): spelled-out words filed by their first three characters, looked up
// along the text (no expression to compile), and a small residue of expressions, each compiled
// only when first read. Each distinct short text is read once, for every concept at a time.
// The content script is built with lookup-none.ts instead (wxt.config.ts): it asks the
// background (index.ts).
import type { Filed, Words } from './build';
import { BUCKET_END, bucketOf } from './hash';
import { letterAt } from './letters';
import { words } from './source';
import { CONCEPTS } from './types';

/** What a text says, read from the word lists. Concepts are bit numbers in CONCEPTS order. */
export interface Lookup {
  says(bit: number, text: string): boolean;
  /** might an "ending in" word start anywhere, even touching other letters? */
  loose(text: string): boolean;
  /** that test's expression (the background sends it to a page) */
  looseSource(): string;
  /** the digits after each "ending in" ("ending in 34": ["34"]) */
  endings(text: string): string[];
  /** every concept the text names, as bits */
  mask(text: string): number;
}

interface Entry {
  text: string;
  mask: number;
  /** must not be followed by a letter */
  end: boolean;
}

const NONE: Entry[] = [];

/** One spacing's words, as build.ts filed them; buckets parsed on first read. */
interface Index {
  filed: Filed;
  parsed: Map<number, Entry[]>;
  /** 1 for a code unit that starts some word */
  first: Uint8Array;
}

function index(filed: Filed): Index {
  const first = new Uint8Array(65536);
  for (let i = 0; i < filed.first.length; i++) first[filed.first.charCodeAt(i)] = 1;
  return { filed, parsed: new Map(), first };
}

function bucket(ix: Index, b: number): Entry[] {
  let list = ix.parsed.get(b);
  if (list) return list;
  const { words, at } = ix.filed;
  const start = at[b];
  list =
    start === undefined
      ? NONE
      : words
          .slice(start, words.indexOf(BUCKET_END, start))
          .split('\n')
          .map((line) => {
            const a = line.indexOf(',');
            return { mask: parseInt(line.slice(0, a), 36), end: line[a + 1] === '1', text: line.slice(a + 3) };
          });
  ix.parsed.set(b, list);
  return list;
}

/** Concepts named by words starting at `i`. */
function at(ix: Index, text: string, i: number): number {
  let mask = 0;
  const c0 = text.charCodeAt(i);
  const c1 = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  const c2 = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
  for (let k = 1; k <= 3; k++) {
    if ((k === 2 && c1 < 0) || (k === 3 && c2 < 0)) break;
    // A bucket may hold other words with the same hash: each is checked in full.
    for (const e of bucket(ix, bucketOf(k, c0, k > 1 ? c1 : 0, k > 2 ? c2 : 0))) {
      if ((k < 3 ? e.text.length !== k : e.text.length < 3) || !text.startsWith(e.text, i)) continue;
      if (e.end && letterAt(text, i + e.text.length)) continue;
      mask |= e.mask;
    }
  }
  return mask;
}

interface Ready {
  spaced: Index;
  unspaced: Index;
  residue: (RegExp | null | undefined)[];
  endingLoose?: RegExp;
  ending?: RegExp;
  source: Words;
}

let ready: Ready | null = null;
function load(): Ready | null {
  if (ready) return ready;
  const w = words();
  if (!w) return null;
  return (ready = { spaced: index(w.spaced), unspaced: index(w.unspaced), residue: [], source: w });
}

/** Every concept the spelled-out words name in `text` (lower case), as bits in CONCEPTS order. */
function spelledIn(r: Ready, text: string): number {
  let mask = 0;
  const { spaced, unspaced } = r;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (spaced.first[c] && (i === 0 || !letterAt(text, i - 1))) mask |= at(spaced, text, i);
    if (unspaced.first[c]) mask |= at(unspaced, text, i);
  }
  return mask;
}

/** The residue's expression for a concept, compiled on first read; null when it has none. */
function residue(r: Ready, i: number): RegExp | null {
  let re = r.residue[i];
  if (re === undefined) {
    const src = r.source.residue[i] ?? '';
    r.residue[i] = re = src ? new RegExp(src) : null;
  }
  return re;
}

// Pages repeat their texts (a search box per block, "Add to cart" per product): each
// distinct short text is looked up once, for all concepts.
const masks = new Map<string, number>();
/** per text, the concepts whose residue has been tested (their answers are in `masks`) */
const tested = new Map<string, number>();
let lastLong = '';
let lastLongMask = 0;

function maskOf(r: Ready, text: string): number {
  if (text.length > 400) {
    if (text !== lastLong) [lastLong, lastLongMask] = [text, spelledIn(r, text)];
    return lastLongMask;
  }
  let m = masks.get(text);
  if (m === undefined) {
    m = spelledIn(r, text);
    if (masks.size >= 4096) {
      masks.clear();
      tested.clear();
    }
    masks.set(text, m);
  }
  return m;
}

/** The text's concepts, the residue's expressions included; residue answers kept per text. */
function saysBit(r: Ready, i: number, text: string): boolean {
  const bit = 1 << i;
  const m = maskOf(r, text);
  if (m & bit) return true;
  const re = residue(r, i);
  if (!re) return false;
  if (text.length > 400) return re.test(text);
  // The residue's answer is kept with the words' (the watcher's re-runs ask again).
  const done = tested.get(text) ?? 0;
  if (done & bit) return false;
  const hit = re.test(text);
  tested.set(text, done | bit);
  if (hit) masks.set(text, m | bit);
  return hit;
}

let lookup: Lookup | null = null;

/** The word lists' reader; null where they are not loaded (a page before words.js). */
export function local(): Lookup | null {
  if (lookup) return lookup;
  const r = load();
  if (!r) return null;
  return (lookup = {
    says: (i, text) => saysBit(r, i, text),
    loose: (text) => (r.endingLoose ??= new RegExp(r.source.endingLoose)).test(text),
    looseSource: () => r.source.endingLoose,
    endings: (text) => {
      r.ending ??= new RegExp(`(?:${r.source.ending})\\s*[:：]?\\s*[(（]?(\\d{2,4})(?!\\d)`, 'g');
      return [...text.matchAll(r.ending)].map((m) => m[1]!);
    },
    mask: (text) => {
      let m = 0;
      for (let i = 0; i < CONCEPTS.length; i++) if (text && saysBit(r, i, text)) m |= 1 << i;
      return m;
    },
  });
}
