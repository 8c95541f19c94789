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

const lines = (langs: Record<string, string>) => {
  const out: Record<string, Lexicon> = {};
  for (const k in langs) out[k] = langs[k]!.split('\n') as unknown as Lexicon;
  return out;
};
// Languages written with spaces between words: their words must start a word ("tel" is
// not the end of "hotel"). Chinese, Japanese and Korean words match anywhere.
const SPACED = lines({ en, es, pt, fr, de, ru });
const UNSPACED = lines({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, ja, ko });
/** Each language's entries, one per concept (the tests read them). */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { ...SPACED, ...UNSPACED };

/**
 * One concept's expression, matched against LOWER-CASED text. Deliberately no 'i' or 'u'
 * flag: case-insensitive Unicode alternations cost V8 tens of milliseconds to compile, paid
 * on every page the content script runs on.
 */
const LETTER = '[a-z0-9\u00c0-\u024f\u0400-\u04ff]';
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

/** One RegExp per concept, all languages. */
export const WORDS = Object.fromEntries(CONCEPTS.map((c, i) => [c, compile(i)])) as Readonly<Record<Concept, RegExp>>;

/** Does this text name the concept in any language? `text` must be lower case. */
export const says = (concept: Concept, text: string): boolean => text !== '' && WORDS[concept].test(text);
