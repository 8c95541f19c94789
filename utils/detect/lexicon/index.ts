// All languages' words, compiled into one regular expression per concept so a string is
// tested once per concept, whatever the number of languages. Compiled lazily, one concept at
// a time, on first use: a page with no candidate control never compiles any. The words
// themselves are data (data.ts), which the content script receives only when it needs them.
import { lexiconData, type LexiconData } from './data';
import { CONCEPTS, type Concept, type Lexicon } from './types';

export type { Concept, Lexicon } from './types';
export type { LexiconData } from './data';

const lines = (langs: Record<string, string>) => {
  const out: Record<string, Lexicon> = {};
  for (const k in langs) out[k] = langs[k]!.split('\n') as unknown as Lexicon;
  return out;
};

let parsed: { spaced: Record<string, Lexicon>; unspaced: Record<string, Lexicon> } | null = null;
function lexicons() {
  if (parsed) return parsed;
  const d: LexiconData | null = lexiconData();
  return d ? (parsed = { spaced: lines(d.spaced), unspaced: lines(d.unspaced) }) : null;
}

/** The word lists are here (always, except in the content script before they are injected). */
export const wordsReady = (): boolean => lexicons() !== null;

/** Each language's entries, one per concept (the tests read them). */
export function allLexicons(): Readonly<Record<string, Lexicon>> {
  const l = lexicons();
  return l ? { ...l.spaced, ...l.unspaced } : {};
}

/**
 * One concept's expression, matched against LOWER-CASED text. Deliberately no 'i' or 'u'
 * flag: case-insensitive Unicode alternations cost V8 tens of milliseconds to compile, paid
 * on every page the content script runs on.
 */
const LETTER = '[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]';
const WORD_END = `(?!${LETTER})`;

function compile(i: number, l: NonNullable<ReturnType<typeof lexicons>>): RegExp {
  const join = (langs: Record<string, Lexicon>) =>
    Object.values(langs)
      .map((x) => x[i])
      .filter(Boolean)
      .join('|')
      // Groups become non-capturing, and `\b` means "end of word" in every script (RegExp's
      // own `\b` only knows ASCII, so Russian "вход\b" would never match).
      .replace(/\\.|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m === '\\b' ? WORD_END : m));
  const spaced = join(l.spaced);
  const unspaced = join(l.unspaced);
  return new RegExp(
    [spaced && `(?<!${LETTER})(?:${spaced})`, unspaced].filter(Boolean).join('|') || '(?!)',
  );
}

const NEVER = /(?!)/;
const compiled: Partial<Record<Concept, RegExp>> = {};
let compilations = 0;

/** One concept's RegExp, all languages; compiled on first use (matches nothing without words). */
export function wordsOf(concept: Concept): RegExp {
  let re = compiled[concept];
  if (!re) {
    const l = lexicons();
    if (!l) return NEVER;
    re = compiled[concept] = compile(CONCEPTS.indexOf(concept), l);
    compilations++;
  }
  return re;
}

/** Concepts compiled so far (the cost tests read it). */
export const compiledCount = (): number => compilations;

/** Does this text name the concept in any language? `text` must be lower case. */
export function says(concept: Concept, text: string): boolean {
  if (text === '') return false;
  // Pages repeat their texts (a search box per block, "Add to cart" per product): each
  // distinct short text is matched once per concept.
  if (text.length > 120) return wordsOf(concept).test(text);
  let seen = answers.get(concept);
  if (!seen) answers.set(concept, (seen = new Map()));
  let hit = seen.get(text);
  if (hit === undefined) {
    hit = wordsOf(concept).test(text);
    if (seen.size >= 4096) seen.clear();
    // Not kept before the word lists arrive: the stand-in matches nothing.
    if (compiled[concept]) seen.set(text, hit);
  }
  return hit;
}

const answers = new Map<Concept, Map<string, boolean>>();
