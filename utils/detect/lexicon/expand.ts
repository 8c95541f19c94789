// Build time only: turns the word lists' expressions into plain strings where they are
// finite ("sign ?in" is "sign in" and "signin"), so a page can look words up instead of
// compiling a regular expression per concept (V8 spends ~15 ms compiling all of them, on
// every page). What cannot be spelled out (".", "\S" inside a phrase, lookaheads, too many
// combinations) stays an expression: the residue, small and compiled only when read.
import { letterAt } from './letters';

/** One spelled-out word: `end`, it must not be followed by a letter (the expression's `\b`). */
export interface Spelled {
  text: string;
  end: boolean;
}

type Node =
  | { t: 'chars'; set: string[] } // one character from a finite set
  | { t: 'bound' } // \b: the next character is not a letter
  | { t: 'alt'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number } // max Infinity for * and +
  | { t: 'open' }; // anything that cannot be spelled out (., \S, \w, lookarounds)

const MAX_CLASS = 32;
/** More spellings than this for one alternative: it stays an expression. */
const MAX_SPELLINGS = 400;

class Parser {
  i = 0;
  constructor(readonly s: string) {}
  /** Alternatives up to the closing ')' (or the end), each with where its source starts and ends. */
  alts(): { seq: Node[]; from: number; to: number }[] {
    const out = [{ seq: [] as Node[], from: this.i, to: this.i }];
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        out.push({ seq: [], from: this.i, to: this.i });
        continue;
      }
      out[out.length - 1]!.seq.push(this.quantified(this.atom()));
      out[out.length - 1]!.to = this.i;
    }
    return out;
  }
  atom(): Node {
    const s = this.s;
    const c = s[this.i++]!;
    if (c === '(') {
      let open = false;
      if (s[this.i] === '?') {
        // (?: is a plain group; lookarounds cannot be spelled out
        if (s[this.i + 1] === ':') this.i += 2;
        else {
          open = true;
          this.i += s[this.i + 1] === '<' ? 3 : 2;
        }
      }
      const alts = this.alts();
      if (s[this.i] !== ')') throw new Error(`unclosed group in ${s}`);
      this.i++;
      return open ? { t: 'open' } : { t: 'alt', alts: alts.map((a) => a.seq) };
    }
    if (c === '[') return this.klass();
    if (c === '.') return { t: 'open' };
    if (c === '^' || c === '$') return { t: 'open' };
    if (c === '\\') return this.escape(false) as Node;
    return { t: 'chars', set: [c] };
  }
  escape(inClass: boolean): Node | string[] {
    const e = this.s[this.i++]!;
    if (e === 'b' && !inClass) return { t: 'bound' };
    if (e === 'd') return inClass ? digits() : { t: 'chars', set: digits() };
    if (e === 'u') {
      const ch = String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
      this.i += 4;
      return inClass ? [ch] : { t: 'chars', set: [ch] };
    }
    if (/[sSwWDB]/.test(e)) {
      if (inClass) throw new Error('open class');
      return { t: 'open' };
    }
    const lit = e === 'n' ? '\n' : e === 't' ? '\t' : e;
    return inClass ? [lit] : { t: 'chars', set: [lit] };
  }
  klass(): Node {
    const s = this.s;
    const set: string[] = [];
    let neg = false;
    if (s[this.i] === '^') {
      neg = true;
      this.i++;
    }
    let open = false;
    while (this.i < s.length && s[this.i] !== ']') {
      let cs: string[];
      if (s[this.i] === '\\') {
        this.i++;
        try {
          cs = this.escape(true) as string[];
        } catch {
          open = true;
          cs = [];
        }
      } else cs = [s[this.i++]!];
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && cs.length === 1) {
        this.i++;
        let hi = s[this.i++]!;
        if (hi === '\\') hi = (this.escape(true) as string[])[0]!;
        for (let k = cs[0]!.charCodeAt(0); k <= hi.charCodeAt(0); k++) set.push(String.fromCharCode(k));
      } else set.push(...cs);
    }
    this.i++; // ]
    if (neg || open || set.length > MAX_CLASS) return { t: 'open' };
    return { t: 'chars', set: [...new Set(set)] };
  }
  quantified(node: Node): Node {
    const s = this.s;
    const q = s[this.i];
    let min = 1;
    let max = 1;
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(s.slice(this.i));
      if (!m) return node;
      min = Number(m[1] || 0);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    return { t: 'rep', node, min, max };
  }
}

const digits = () => [...'0123456789'];

/** A partial spelling: the text so far, and whether the next character must not be a letter. */
interface Partial {
  text: string;
  bound: boolean;
}

class TooMany extends Error {}
class Open extends Error {}

function extend(parts: Partial[], seq: readonly Node[]): Partial[] {
  for (const node of seq) {
    parts = step(parts, node);
    if (parts.length > MAX_SPELLINGS) throw new TooMany();
  }
  return parts;
}

function step(parts: Partial[], node: Node): Partial[] {
  switch (node.t) {
    case 'chars': {
      const out: Partial[] = [];
      for (const p of parts)
        for (const c of node.set) {
          // "\b" then a letter can never match; then anything else, the boundary is met
          if (p.bound && letterAt(c, 0)) continue;
          out.push({ text: p.text + c, bound: false });
        }
      return out;
    }
    case 'bound':
      return parts.map((p) => ({ text: p.text, bound: true }));
    case 'alt':
      return node.alts.flatMap((seq) => extend(parts, seq));
    case 'rep': {
      if (node.max === Infinity) throw new Open();
      let out: Partial[] = node.min === 0 ? [...parts] : [];
      let cur = parts;
      for (let k = 1; k <= node.max; k++) {
        cur = step(cur, node.node);
        if (k >= node.min) out = out.concat(cur);
        if (out.length > MAX_SPELLINGS) throw new TooMany();
      }
      return out;
    }
    case 'open':
      throw new Open();
  }
}

/**
 * One alternative spelled out, or null when it cannot be. Trailing parts that may match
 * nothing are dropped first ("telefon\S*" is found wherever "telefon" is).
 */
export function spell(seq: Node[]): Spelled[] | null {
  const s = [...seq];
  for (;;) {
    const last = s[s.length - 1];
    if (last && ((last.t === 'rep' && last.min === 0) || (last.t === 'alt' && last.alts.some((a) => !a.length)))) s.pop();
    else break;
  }
  try {
    return dedupe(extend([{ text: '', bound: false }], s).map((p) => ({ text: p.text, end: p.bound })));
  } catch (e) {
    if (e instanceof TooMany || e instanceof Open) return null;
    throw e;
  }
}

function dedupe(xs: Spelled[]): Spelled[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.end ? 1 : 0}${x.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A language line's top-level alternatives, parsed; the source text of each kept for the residue. */
export function alternatives(line: string): { source: string; seq: Node[] }[] {
  const p = new Parser(line);
  const alts = p.alts();
  if (p.i < line.length) throw new Error(`unbalanced ) in ${line}`);
  return alts.map((a) => ({ source: line.slice(a.from, a.to), seq: a.seq })).filter((a) => a.source !== '');
}
