// All languages' words, compiled once into one regular expression per concept so a
// string is tested once per concept, whatever the number of languages.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ko } from './ko';
import { pt } from './pt';
import { ru } from './ru';
import { CONCEPTS, type Concept, type Lexicon } from './types';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export type { Concept, Lexicon } from './types';
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ja,
  ko,
  es,
  pt,
  fr,
  de,
  ru,
};

/** Split "a|b(?:c|d)|e" at its top-level bars only. */
export function alternatives(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.filter(Boolean);
}

/** Every language's alternatives for one concept. */
export const entriesOf = (c: Concept): string[] => Object.values(LEXICONS).flatMap((l) => alternatives(l[c]));

// Latin and Cyrillic words must start a word: "tel" is not the end of "hotel".
const WORDY = /^[a-z0-9\u00c0-\u024f\u0400-\u04ff]/;
const NOT_AFTER_LETTER = '(?<![a-z0-9\u00c0-\u024f\u0400-\u04ff])';

/**
 * One alternation, matched against LOWER-CASED text. Deliberately no 'i' or 'u' flag:
 * case-insensitive Unicode alternations cost V8 tens of milliseconds to compile, paid on
 * every page the content script runs on.
 */
export function compile(entries: readonly string[], flags = ''): RegExp {
  const parts = entries.map((raw) => {
    const e = raw.replace(/\\.|[^\\]+/g, (m) => (m[0] === '\\' ? m : m.toLowerCase()));
    return WORDY.test(e) ? `${NOT_AFTER_LETTER}(?:${e})` : `(?:${e})`;
  });
  return new RegExp(parts.join('|'), flags);
}

function build(): Record<Concept, RegExp> {
  const out = {} as Record<Concept, RegExp>;
  for (const c of CONCEPTS) out[c] = compile(entriesOf(c));
  return out;
}

/** One RegExp per concept, all languages. */
export const WORDS: Readonly<Record<Concept, RegExp>> = build();

/** Does this text name the concept in any language? `text` must be lower case. */
export const says = (concept: Concept, text: string): boolean => text !== '' && WORDS[concept].test(text);
