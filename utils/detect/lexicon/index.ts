// All languages' words, compiled into one regular expression per concept so a string is
// tested once per concept, whatever the number of languages. Compiled lazily, one concept at
// a time, on first use: a page with no candidate control never compiles any.
import { ar } from './ar';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { hu } from './hu';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sr } from './sr';
import { sv } from './sv';
import { th } from './th';
import { tr } from './tr';
import { CONCEPTS, type Concept, type Lexicon } from './types';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export type { Concept, Lexicon } from './types';

const lines = (langs: Record<string, string>) => {
  const out: Record<string, Lexicon> = {};
  for (const k in langs) out[k] = langs[k]!.split('\n') as unknown as Lexicon;
  return out;
};
// Languages written with spaces between words: their words must start a word ("tel" is
// not the end of "hotel"). Chinese, Japanese, Korean, Thai and Arabic words match anywhere.
const SPACED = lines({ en, es, pt, fr, de, ru, it, nl, pl, cs, hu, da, sv, no, fi, tr, ro, sr, el, vi, id });
const UNSPACED = lines({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, ja, ko, th, ar });
/** Each language's entries, one per concept (the tests read them). */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { ...SPACED, ...UNSPACED };

/**
 * One concept's expression, matched against LOWER-CASED text. Deliberately no 'i' or 'u'
 * flag: case-insensitive Unicode alternations cost V8 tens of milliseconds to compile, paid
 * on every page the content script runs on.
 */
const LETTER = '[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]';
const WORD_END = `(?!${LETTER})`;

function compile(i: number): RegExp {
  const join = (langs: Record<string, Lexicon>) =>
    Object.values(langs)
      .map((l) => l[i])
      .filter(Boolean)
      .join('|')
      // Groups become non-capturing, and `\b` means "end of word" in every script (RegExp's
      // own `\b` only knows ASCII, so Russian "вход\b" would never match).
      .replace(/\\.|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m === '\\b' ? WORD_END : m));
  const spaced = join(SPACED);
  const unspaced = join(UNSPACED);
  return new RegExp(
    [spaced && `(?<!${LETTER})(?:${spaced})`, unspaced].filter(Boolean).join('|') || '(?!)',
  );
}

const compiled: Partial<Record<Concept, RegExp>> = {};
let compilations = 0;

/** One concept's RegExp, all languages; compiled on first use. */
export function wordsOf(concept: Concept): RegExp {
  let re = compiled[concept];
  if (!re) {
    re = compiled[concept] = compile(CONCEPTS.indexOf(concept));
    compilations++;
  }
  return re;
}

/** Concepts compiled so far (the cost tests read it). */
export const compiledCount = (): number => compilations;

/** Does this text name the concept in any language? `text` must be lower case. */
export const says = (concept: Concept, text: string): boolean => text !== '' && wordsOf(concept).test(text);
