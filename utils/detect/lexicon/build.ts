// Build time (and Node): the word lists made into what a page reads. Every expression that
// can be spelled out becomes plain strings, filed by their first three characters, so a page
// looks its texts' words up; the few that cannot (the residue) stay expressions. The content
// script's copy is made when the extension is built (wxt.config.ts), never in a page.
import type { LexiconData } from './data';
import { alternatives, spell } from './expand';
import { LETTER_CLASS } from './letters';
import { BUCKET_END, bucketOfWord } from './hash';
import { CONCEPTS } from './types';

/** One spacing's words, filed by bucket (hash.ts). */
export interface Filed {
  /** one text, so a page allocates one string for all of it: each bucket's entries
   * "mask,end,text" one per line (mask in base 36, bits in CONCEPTS order; end 1: must not be
   * followed by a letter), then BUCKET_END */
  words: string;
  /** bucket → where its entries start in `words` (JSON.parse builds this table natively; a
   * loop in the page would run in V8's interpreter, as a page's short-lived scripts mostly do) */
  at: Record<number, number>;
  /** every word's first code unit: a text's other positions need no lookup */
  first: string;
}

export interface Words {
  /** words of languages written with spaces: they must start a word */
  spaced: Filed;
  /** the other languages' words, found anywhere */
  unspaced: Filed;
  /** per concept (in CONCEPTS order), what could not be spelled out, as one expression ('' for none) */
  residue: string[];
  /** the whole `ending` expression: masked.ts reads the digits that follow it */
  ending: string;
  /** the same without word boundaries: true wherever an ending word starts, even touching
   * other letters (a page's joined text, masked.ts mayHoldMasked) */
  endingLoose: string;
}

const LETTER = `[${LETTER_CLASS}]`;
const WORD_END = `(?!${LETTER})`;

/**
 * Alternatives as one expression, matched against lower-cased text: groups become
 * non-capturing, and `\b` means "end of word" in every script (RegExp's own `\b` only knows
 * ASCII). No 'i' or 'u' flag: V8 compiles case-insensitive Unicode alternations slowly.
 * `loose`: no word boundaries at all (spaced words may start or end inside another word).
 */
export function expression(spaced: readonly string[], unspaced: readonly string[], loose = false): string {
  const ready = (alts: readonly string[]) =>
    alts.join('|').replace(/\\.|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m === '\\b' ? (loose ? '' : WORD_END) : m));
  const s = ready(spaced);
  const u = ready(unspaced);
  return [s && (loose ? s : `(?<!${LETTER})(?:${s})`), u].filter(Boolean).join('|');
}

/** One language's lines, one per concept. */
const linesOf = (lex: string) => lex.split('\n');

/** Every language's expressions for one concept, by spacing (the tests compare against them). */
export function conceptExpression(data: LexiconData, concept: (typeof CONCEPTS)[number], loose = false): string {
  const i = CONCEPTS.indexOf(concept);
  const of = (langs: Record<string, string>) => Object.values(langs).map((l) => linesOf(l)[i] ?? '').filter(Boolean);
  return expression(of(data.spaced), of(data.unspaced), loose);
}

/** A shorter word, free to end anywhere, already names all of these concepts ("2 factor" covers "2 factori"). */
function covered(masks: Map<string, number>, text: string, mask: number, end: boolean): boolean {
  for (let n = 1; n < text.length + (end ? 1 : 0); n++) {
    const m = masks.get(`0${text.slice(0, n)}`);
    if (m !== undefined && (m & mask) === mask) return true;
  }
  return false;
}

export function buildWords(data: LexiconData): Words {
  const residue = CONCEPTS.map(() => ({ spaced: [] as string[], unspaced: [] as string[] }));
  const file = (langs: Record<string, string>, spacing: 'spaced' | 'unspaced') => {
    // "end" + text → the concepts it names
    const masks = new Map<string, number>();
    for (const lex of Object.values(langs))
      linesOf(lex).forEach((line, i) => {
        for (const alt of alternatives(line)) {
          const spelled = spell(alt.seq);
          if (!spelled) {
            residue[i]![spacing].push(alt.source);
            continue;
          }
          for (const w of spelled) {
            if (!w.text) throw new Error(`an entry matches every text: ${alt.source}`);
            const k = `${w.end ? 1 : 0}${w.text}`;
            masks.set(k, (masks.get(k) ?? 0) | (1 << i));
          }
        }
      });
    const buckets: Record<number, string[]> = {};
    const first = new Set<string>();
    for (const [k, mask] of masks) {
      const text = k.slice(1);
      if (covered(masks, text, mask, k[0] === '1')) continue;
      first.add(text[0]!);
      (buckets[bucketOfWord(text)] ??= []).push(`${mask.toString(36)},${k[0]},${text}`);
    }
    let words = '';
    const at: Record<number, number> = {};
    for (const [key, list] of Object.entries(buckets)) {
      at[Number(key)] = words.length;
      words += `${list.join('\n')}${BUCKET_END}`;
    }
    return { words, at, first: [...first].sort().join('') };
  };
  const spaced = file(data.spaced, 'spaced');
  const unspaced = file(data.unspaced, 'unspaced');
  return {
    spaced,
    unspaced,
    residue: residue.map((r) => expression(r.spaced, r.unspaced)),
    ending: conceptExpression(data, 'ending'),
    endingLoose: conceptExpression(data, 'ending', true),
  };
}
