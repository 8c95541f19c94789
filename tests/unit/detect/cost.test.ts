// The detector's shortcuts for cost must not change what it finds: the text walk may stop
// early only where no text node could hold a masked number.
import { describe, expect, it, vi } from 'vitest';
import { detectPage } from '@/utils/detect';
import { collect, LIMITS } from '@/utils/detect/collect';
import { findMaskedText } from '@/utils/detect/text-walk';
import { mayHoldMasked, maybeMasked } from '@/utils/detect/masked';

function run<T>(it: Generator<unknown, T, void>): T {
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/** Many short texts (more than the prose cap), then `tail`. */
function longPage(tail: string): void {
  const rows = Array.from({ length: LIMITS.prose + 50 }, (_, i) => `<li>note number ${i}</li>`).join('');
  document.body.innerHTML = `<h1>Security settings</h1><ul>${rows}</ul><p>${tail}</p>`;
}

describe('mayHoldMasked (a test on a page\'s joined text)', () => {
  it.each([
    ['Your phone 138****5678 is bound', true],
    ['ending in 34', true],
    // Joined texts: "ending" touches the letters of the node before it.
    ['See belowending in 34', true],
    ['尾号5678', true],
    ['Some text link note three 12 34', false],
    ['no digits at all, ending in nothing', false],
  ])('%s -> %s', (text, expected) => {
    expect(mayHoldMasked(text)).toBe(expected);
  });

  it('is true for a joined text whenever one of its parts passes the full test', () => {
    const parts = ['Phone', 'ending in 34', 'Item 12', '•• 12', 'Total', 'xxx-xxx-9876', 'ΣΟΦΟΣ 12'];
    for (const a of parts) for (const b of parts) if (maybeMasked(a) || maybeMasked(b)) expect(mayHoldMasked(a + b), `${a}|${b}`).toBe(true);
  });
});

describe('the masked-number text walk', () => {
  it('still finds a masked number after the prose cap is reached', () => {
    longPage('Text messages go to your phone 138****5678');
    const col = run(collect(document));
    run(findMaskedText(col));
    expect(col.prose).toHaveLength(LIMITS.prose);
    expect(col.candidates.map((c) => c.text)).toEqual(['Text messages go to your phone 138****5678']);
    expect(detectPage(document, 'https://example.com/settings/security').masked).toEqual(['138*5678']);
  });

  it('finds "ending in" after the prose cap, even when the joined text glues it to a word', () => {
    longPage('<b>Codes go to your phone</b>ending in 34');
    const col = run(collect(document));
    run(findMaskedText(col));
    expect(col.candidates.map((c) => c.text)).toEqual(['ending in 34']);
  });

  it('keeps the same prose when it stops early', () => {
    longPage('Nothing masked here');
    const col = run(collect(document));
    run(findMaskedText(col));
    expect(col.candidates).toEqual([]);
    expect(col.prose.slice(0, 2)).toEqual(['security settings', 'note number 0']);
    expect(col.prose).toHaveLength(LIMITS.prose);
  });
});

describe('the shadow-root search', () => {
  const FORM = '<div><input type=tel placeholder="Phone number"><button>Send code</button></div>';

  it('finds a sign-in form two shadow roots deep when the light DOM holds only a search box', () => {
    document.body.innerHTML = '<h1>Sign in</h1><input name=q placeholder=Search><x-app></x-app>';
    const outer = document.querySelector('x-app')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<main><x-login></x-login></main>';
    outer.querySelector('x-login')!.attachShadow({ mode: 'open' }).innerHTML = FORM;
    expect(detectPage(document, 'https://example.com/login').kinds).toContain('login-otp');
  });

  it('is skipped when the light DOM already shows a phone form: no walk over every element', () => {
    document.body.innerHTML = `<h1>Sign in</h1>${FORM}<section>${'<p>text</p>'.repeat(50)}</section>`;
    const queries = vi.spyOn(document, 'querySelectorAll');
    let selectors: string[] = [];
    try {
      expect(detectPage(document, 'https://example.com/login').kinds).toContain('login-otp');
      selectors = queries.mock.calls.map((c) => c[0]);
    } finally {
      queries.mockRestore();
    }
    expect(selectors.length).toBeGreaterThan(0);
    expect(selectors).not.toContain('*');
  });
});
