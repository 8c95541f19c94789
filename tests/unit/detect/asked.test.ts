// The content script carries no word lists: its scan asks the background which concepts its
// texts name, between its passes (utils/detect/lexicon, step.ts). Asking must give the answer
// the word lists give, on every labelled page, in a few round trips.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectDetailed, scan, type Detection } from '@/utils/detect';
import { answer, answerFromBackground, learn, mayNameEnding, says, takeAsk } from '@/utils/detect/lexicon';
import { ASK } from '@/utils/detect/step';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
// Every held-out batch there is, so a new one is checked without a line here.
const SETS = ['detect', 'detect-corpus', ...readdirSync(FIXTURES).filter((d) => d.startsWith('detect-heldout')).sort()];

function load(file: string): void {
  // happy-dom loads neither stylesheets nor frames (each would be reported as an error).
  const html = readFileSync(file, 'utf8').replace(/<link\b[^>]*>/gi, '').replace(/(<iframe\b[^>]*?)\ssrc=("[^"]*"|'[^']*'|[^\s>]+)/gi, '$1');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.write(html);
}

/** What a person and the inventory see of a detection. */
const seen = (d: Detection) => ({
  kinds: [...d.finding.kinds].sort(),
  signals: d.finding.signals,
  masked: d.finding.masked,
  confidence: d.finding.confidence,
  signedIn: d.finding.signedIn ?? false,
  forms: d.forms.map((f) => ({ kinds: f.kinds, phones: f.phoneInputs.length, submitters: f.submitters.length })),
});

/** The scan as the content script runs it: every ASK answered by the background's side. */
function detectAsking(url: string, reply = true): { d: Detection; asks: number } {
  const it = scan(document, url);
  let asks = 0;
  for (;;) {
    const step = it.next();
    if (step.done) return { d: step.value, asks };
    if (step.value !== ASK) continue;
    const q = takeAsk();
    if (!q) continue;
    asks++;
    if (reply) expect(learn(q, answer(q))).toBe(true);
  }
}

afterEach(() => answerFromBackground(false));

describe('a scan that asks the background', () => {
  const pages = SETS.flatMap((set) =>
    readdirSync(join(FIXTURES, set))
      .filter((f) => f.endsWith('.html'))
      .map((f) => [`${set}/${f}`, join(FIXTURES, set, f)] as const),
  );

  it('covers the labelled sets', () => expect(pages.length).toBeGreaterThan(350));

  it.each(pages)('%s: the same finding as the word lists give, in at most four questions', (_name, file) => {
    const url = `https://pages.test/${_name.replace(/\W/g, '')}/account`;
    load(file);
    const want = seen(detectDetailed(document, url));
    load(file);
    answerFromBackground(true);
    const { d, asks } = detectAsking(url);
    expect(seen(d)).toEqual(want);
    expect(asks).toBeLessThanOrEqual(4);
  });

  it('finds nothing, and stops, when no answer comes; a later scan with answers finds the form', () => {
    document.body.innerHTML = '<form><input name="mobile" placeholder="Mobile number"><button type="button">Get code</button><button>Log in</button></form>';
    answerFromBackground(true);
    const { d } = detectAsking('https://example.com/login', false);
    expect(d.finding.kinds).toEqual([]);
    // The verdicts made without answers were not kept with the field.
    const again = detectAsking('https://example.com/login');
    expect(again.d.finding.kinds).toContain('login-otp');
  });

  it('asks with its first question for the loose "ending" test, and then asks only about the texts with digits that may say "ending in"', () => {
    // Long texts (not short prose, which is asked about anyway) with digits in them.
    const rows = Array.from({ length: 40 }, (_, i) => `<li>Order ${1000 + i} shipped 12 34. ${'Tracking details follow. '.repeat(14)}</li>`).join('');
    document.body.innerHTML = `<h1>Account security</h1><ul>${rows}</ul><p>Two-step codes go to the phone ending in 4821</p><a href="/phone">Change</a>`;
    answerFromBackground(true);
    const questions: string[][] = [];
    const it = scan(document, 'https://example.com/account/security');
    let first = true;
    for (let step = it.next(); ; step = it.next()) {
      if (step.done) {
        expect(step.value.finding.masked).toEqual(['*4821']);
        break;
      }
      if (step.value !== ASK) continue;
      const q = takeAsk();
      if (!q) continue;
      expect(q.loose).toBe(first);
      first = false;
      questions.push(q.texts);
      expect(learn(q, answer(q))).toBe(true);
    }
    const asked = questions.flat();
    expect(asked).toContain('two-step codes go to the phone ending in 4821');
    // The order rows name no "ending" word: ruled out in the page, never sent.
    expect(asked.filter((t) => t.includes('shipped'))).toEqual([]);
  });

  it('asks nothing where the word lists are loaded', () => {
    document.body.innerHTML = '<form><input type=tel placeholder="Phone"><button>Sign in</button></form>';
    const it = scan(document, 'https://example.com/login');
    for (let step = it.next(); !step.done; step = it.next()) expect(step.value).not.toBe(ASK);
  });
});

describe('answers', () => {
  it('name every concept of a text, the digits after "ending in", and send the loose test when asked', () => {
    const q = { texts: ['phone number', 'sent to the number ending in 34', ''], loose: true };
    const a = answer(q)!;
    answerFromBackground(true);
    expect(mayNameEnding('xxending in')).toBeUndefined();
    expect(learn(q, a)).toBe(true);
    expect(a.endings).toEqual([[], ['34'], []]);
    expect(a.masks[2]).toBe(0);
    expect(says('phone', 'phone number')).toBe(true);
    expect(says('phone', 'sent to the number ending in 34')).toBe(false);
    // The page tests its joined text itself: "ending in" glued to other letters, or not there.
    expect(mayNameEnding('xxending in')).toBe(true);
    expect(mayNameEnding('nothing here 12')).toBe(false);
    expect(answer({ texts: [], loose: false })).toEqual({ masks: [], endings: [] });
  });

  it('drop a reply that does not fit its question', () => {
    answerFromBackground(true);
    const q = { texts: ['phone'], loose: true };
    expect(learn(q, { masks: [], endings: [] })).toBe(false);
    expect(learn(q, undefined)).toBe(false);
    expect(learn(q, { masks: [1] } as never)).toBe(false);
    expect(learn(q, { masks: [1], endings: [[]] })).toBe(false);
    expect(learn(q, { masks: [1], endings: [[]], loose: '(' })).toBe(false);
  });
});
