// The word lists are read as spelled-out words plus a residue of expressions (build.ts).
// They must answer exactly as the expressions they come from: checked on every spelled word
// in several surroundings, and on every line of text of the test pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayNameEnding, says } from '@/utils/detect/lexicon';
import { conceptExpression } from '@/utils/detect/lexicon/build';
import { lexiconData } from '@/utils/detect/lexicon/data';
import { alternatives, spell } from '@/utils/detect/lexicon/expand';
import { BUCKET_END } from '@/utils/detect/lexicon/hash';
import { words } from '@/utils/detect/lexicon/source';
import { CONCEPTS } from '@/utils/detect/lexicon/types';

const DATA = lexiconData();
const EXPRESSIONS = CONCEPTS.map((c) => new RegExp(conceptExpression(DATA, c)));

function pageTexts(): string[] {
  const root = resolve(import.meta.dirname, '../../fixtures');
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html'))
        for (const line of readFileSync(p, 'utf8').replace(/<[^>]*>/g, '\n').split(/\n+/)) {
          const t = line.trim().toLowerCase();
          if (t) out.add(t.slice(0, 400));
        }
    }
  };
  walk(root);
  return [...out];
}

function spelledSamples(): string[] {
  const out = new Set<string>();
  for (const langs of [DATA.spaced, DATA.unspaced])
    for (const lex of Object.values(langs))
      for (const line of lex.split('\n'))
        for (const alt of alternatives(line))
          for (const w of spell(alt.seq) ?? []) for (const t of [w.text, `x${w.text}`, `${w.text}x`, `a ${w.text} b`, `${w.text}1`, `${w.text}-`, `é${w.text}`]) out.add(t);
  return [...out];
}

describe('spelled-out words', () => {
  it('spell out all but a small residue of the expressions', () => {
    const w = words()!;
    const residue = w.residue.join('').length;
    const whole = EXPRESSIONS.reduce((n, re) => n + re.source.length, 0);
    expect(residue).toBeLessThan(whole / 10);
    expect(w.spaced.words.split(BUCKET_END).length).toBeGreaterThan(500);
  });

  it.each([
    ['sign ?in', ['sign in', 'signin']],
    ['cell(ular| ?(phone|number|no)\\b)', ['cellular', 'cell phone', 'cellphone', 'cell number', 'cellnumber', 'cell no', 'cellno']],
    ['tel\\b', ['tel']],
    ['telefon\\S*', ['telefon']],
    ['c[oó]digo', ['codigo', 'código']],
  ])('"%s" is spelled out', (source, texts) => {
    const [alt] = alternatives(source);
    expect(spell(alt!.seq)!.map((w) => w.text).sort()).toEqual([...texts].sort());
  });

  it.each([['verify (that )?it.?s you'], ['text me(?! [a-z])'], ['create (\\w+ ){0,3}(account|id)\\b']])('"%s" stays an expression', (source) => {
    const [alt] = alternatives(source);
    expect(spell(alt!.seq)).toBeNull();
  });

  it('answer as the expressions do, on every spelled word in context and every line of the test pages', () => {
    const texts = [...spelledSamples(), ...pageTexts()];
    expect(texts.length).toBeGreaterThan(20_000);
    const wrong: string[] = [];
    for (const t of texts)
      CONCEPTS.forEach((c, i) => {
        const want = EXPRESSIONS[i]!.test(t);
        // Asked twice: the second answer comes from what the first kept.
        if (says(c, t) !== want || says(c, t) !== want) wrong.push(`${c} ${want ? 'missed' : 'wrongly found'} in ${JSON.stringify(t)}`);
        // Loosely: never false where the expression is true
        if (want && c === 'ending' && !mayNameEnding(t)) wrong.push(`${c} loosely missed in ${JSON.stringify(t)}`);
      });
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
