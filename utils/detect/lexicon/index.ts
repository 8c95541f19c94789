// Does a text name a concept, in any language? Read from the word lists where they are loaded
// (lookup.ts), and otherwise from the background's answers: a page does not carry the lists
// (165 kB parsed and ~1.3 MB kept per tab). The content script's scan notes the texts it will
// read (`want`), asks for them all at once between its passes (`takeAsk`, `learn`;
// utils/detect/index.ts), and a text not answered yet reads as naming nothing and is noted, so
// the scan knows to ask and read again.
import { local as lookup, type Lookup } from './lookup';
import { CONCEPTS, type Concept } from './types';

export type { Concept, Lexicon } from './types';

const BIT = Object.fromEntries(CONCEPTS.map((c, i) => [c, i])) as Record<Concept, number>;

/** Does this text name the concept in any language? `text` must be lower case. */
export function says(concept: Concept, text: string): boolean {
  if (text === '') return false;
  const r = local();
  return r ? r.says(BIT[concept], text) : names(fromAnswers(text), concept);
}

/**
 * Every concept a text names, as bits (`names()` reads one): one lookup for a text that several
 * signals read for several concepts.
 */
export function concepts(text: string): number {
  if (text === '') return 0;
  const r = local();
  return r ? r.mask(text) : fromAnswers(text);
}

/** Does this concepts() mask hold the concept? */
export const names = (mask: number, concept: Concept): boolean => (mask & (1 << BIT[concept])) !== 0;

/**
 * Might an `ending` word ("ending in", "尾号") start anywhere in this text, even touching other
 * letters (a page's joined text, masked.ts)? False is certain; true may be wrong; undefined
 * until the background has sent the one expression this needs (a page's joined text can be
 * megabytes: the expression, 2.7 kB, travels instead).
 */
export function mayNameEnding(text: string): boolean | undefined {
  const r = local();
  if (r) return r.loose(text);
  if (looseRe) return looseRe.test(text);
  misses++;
  wantLoose = true;
  return undefined;
}

/** The digits after each "ending in" word of a text that names one ("ending in 34": ["34"]). */
export function endingDigits(text: string): string[] {
  const r = local();
  if (r) return r.endings(text);
  const e = endings.get(text);
  if (e === undefined && !answers.has(text)) miss(text);
  return e ?? [];
}

// ---- Answers from the background, for a page that does not carry the lists ----

/** Longest text sent for an answer (a field's description or a notice is far shorter). */
export const MAX_ASKED = 4000;
/** Texts noted for one question at most, and their characters; the rest wait for the next. */
export const MAX_PENDING = 4096;
const MAX_PENDING_CHARS = 1_000_000;

const answers = new Map<string, number>();
/** digits after "ending in", for the answered texts that name one */
const endings = new Map<string, string[]>();
/** mayNameEnding's expression, from the background */
let looseRe: RegExp | null = null;
const pending = new Set<string>();
let wantLoose = false;
let pendingChars = 0;
/** reads of a text not answered yet, ever: a verdict made across one is not kept (fields.ts) */
let misses = 0;
/** Tests: answer as a page does, from the background's answers only. */
let remote = false;

/** The word lists, unless this script reads answers instead. */
const local = (): Lookup | null => (remote ? null : lookup());

/** The background's answer for a text; one not answered yet names nothing and is noted for the next question. */
function fromAnswers(text: string): number {
  const m = answers.get(text);
  if (m !== undefined) return m;
  miss(text);
  return 0;
}

function miss(text: string): void {
  misses++;
  if (text.length > MAX_ASKED || pending.size >= MAX_PENDING || pendingChars + text.length > MAX_PENDING_CHARS || pending.has(text)) return;
  pending.add(text);
  pendingChars += text.length;
}

/** A question for the background: texts to answer for every concept; `loose`: send mayNameEnding's expression. */
export interface Ask {
  texts: string[];
  loose: boolean;
}

/**
 * Its answers: per text the concepts it names (bits in CONCEPTS order) and the digits after its
 * "ending in" words; mayNameEnding's expression when asked for.
 */
export interface Answers {
  masks: number[];
  endings: string[][];
  loose?: string;
}

/** Is this script answered by the background (no word lists of its own)? */
export const asking = (): boolean => local() === null;

/** Can says() answer for this text now? */
export const answered = (text: string): boolean => !text || local() !== null || answers.has(text);

/** Note a text the scan will read, so the next question covers it. */
export function want(text: string): void {
  if (text && !answers.has(text) && !local()) miss(text);
}

/**
 * Ask for mayNameEnding's expression with the next question: with it a page rules out most
 * texts with digits ("three 12 34") itself, instead of asking about each.
 */
export function wantLooseEnding(): void {
  if (!looseRe && !local()) wantLoose = true;
}

/** Something is noted for the next question. */
export const hasPending = (): boolean => pending.size > 0 || wantLoose;

/** Reads of unanswered texts so far (a verdict is kept only when this did not move). */
export const missCount = (): number => misses;

/** The texts noted since the last question, or null when there is nothing to ask. */
export function takeAsk(): Ask | null {
  if (!pending.size && !wantLoose) return null;
  const ask = { texts: [...pending], loose: wantLoose };
  pending.clear();
  wantLoose = false;
  pendingChars = 0;
  return ask;
}

/** Keep the background's answers. A reply that does not fit its question is dropped whole. */
export function learn(ask: Ask, reply: Answers | null | undefined): boolean {
  if (!reply || !Array.isArray(reply.masks) || !Array.isArray(reply.endings)) return false;
  if (reply.masks.length !== ask.texts.length || reply.endings.length !== ask.texts.length || (ask.loose && typeof reply.loose !== 'string')) return false;
  if (ask.loose) {
    try {
      looseRe = new RegExp(reply.loose!);
    } catch {
      return false;
    }
  }
  // Bounded: a page that keeps changing its texts cannot grow this without end.
  if (answers.size + ask.texts.length > 16_384) {
    answers.clear();
    endings.clear();
  }
  ask.texts.forEach((t, i) => {
    answers.set(t, reply.masks[i]! >>> 0);
    if (reply.endings[i]!.length) endings.set(t, reply.endings[i]!);
  });
  return true;
}

/** The background's side: answer a question from the word lists (null when they are absent). */
export function answer(ask: Ask): Answers | null {
  const r = lookup();
  if (!r) return null;
  const masks = ask.texts.map((t) => r.mask(t));
  return {
    masks,
    endings: ask.texts.map((t, i) => (masks[i]! & (1 << BIT.ending) ? r.endings(t) : [])),
    ...(ask.loose ? { loose: r.looseSource() } : {}),
  };
}

/** Tests: read answers only (true), or the word lists again (false); forgets every answer. */
export function answerFromBackground(on: boolean): void {
  remote = on;
  answers.clear();
  endings.clear();
  looseRe = null;
  pending.clear();
  wantLoose = false;
  pendingChars = 0;
}
