// The content script's helpers: the watcher re-runs on change, debounced, and stops; a
// submit of a marked form reports its kinds and, at most, the digits typed into its phone field
// (matched and dropped by the background).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watch, WATCH, type Host } from '@/entrypoints/page/watcher';
import { watchSubmits } from '@/entrypoints/page/submit';
import { detectDetailed } from '@/utils/detect';
import type { SubmitPayload } from '@/utils/messages/protocol';
import { answer, answerFromBackground } from '@/utils/detect/lexicon';

const host = (): Host => ({
  doc: document,
  url: () => 'https://example.com/login',
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  now: () => Date.now(),
  isValid: () => true,
});

describe('watcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('detects after the debounce, again after a change, and stops watching when quiet', async () => {
    document.body.innerHTML = '<p>nothing</p>';
    const seen: string[][] = [];
    const w = watch(host(), (d) => seen.push(d.finding.kinds));
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen).toEqual([[]]);
    document.body.innerHTML = '<form><input type=tel placeholder=Phone><button type=button>Send code</button><button>Sign in</button></form>';
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen.at(-1)).toEqual(['login-otp']);
    await vi.advanceTimersByTimeAsync(WATCH.quietMs + 10);
    const runs = seen.length;
    document.body.innerHTML = '<p>changed after going quiet</p>';
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen.length).toBe(runs);
    w.restart();
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen.at(-1)).toEqual([]);
    w.stop();
  });

  it('coalesces a burst of mutations into one run', async () => {
    document.body.innerHTML = '<div id=x></div>';
    let runs = 0;
    const w = watch(host(), () => runs++);
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    runs = 0;
    for (let i = 0; i < 20; i++) {
      document.getElementById('x')!.setAttribute('class', `c${i}`);
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(runs).toBe(1);
    w.stop();
  });
});

describe('watcher that asks the background', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    answerFromBackground(true);
  });
  afterEach(() => {
    answerFromBackground(false);
    vi.useRealTimers();
  });
  const form = '<form><input name=mobile placeholder="Mobile number"><button type=button>Get code</button><button>Log in</button></form>';

  it('detects once the answers arrive, asking in a few round trips', async () => {
    document.body.innerHTML = form;
    const asked: number[] = [];
    const seen: string[][] = [];
    const w = watch({ ...host(), ask: async (q) => (asked.push(q.texts.length), answer(q)!) }, (d) => seen.push(d.finding.kinds));
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen).toEqual([['login-otp']]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(3);
    w.stop();
  });

  it('reports nothing when the background does not answer, and scans again after a change', async () => {
    document.body.innerHTML = form;
    let up = false;
    const seen: string[][] = [];
    const w = watch({ ...host(), ask: async (q) => (up ? answer(q)! : Promise.reject(new Error('no reply'))) }, (d) => seen.push(d.finding.kinds));
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen).toEqual([]);
    up = true;
    document.body.insertAdjacentHTML('beforeend', '<p>changed</p>');
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(seen).toEqual([['login-otp']]);
    w.stop();
  });
});

describe('submit evidence', () => {
  const setup = () => {
    document.body.innerHTML = `<form id=f><input id=p type=tel placeholder="Phone number"><button type=button>Send code</button>
      <button id=go>Sign in</button></form><form id=g><input name=q><button>Search</button></form>`;
    const d = detectDetailed(document, 'https://example.com/login');
    const reports: SubmitPayload[] = [];
    watchSubmits({
      doc: document,
      forms: () => d.forms,
      report: (p) => reports.push(p),
      listen: (t, type, fn) => t.addEventListener(type, fn, { capture: true }),
      now: () => Date.now(),
    });
    return { reports };
  };

  it('reports the kinds of a marked form once per submit, with only the phone field\'s digits', () => {
    const { reports } = setup();
    const input = document.getElementById('p') as HTMLInputElement;
    input.value = '+1 (415) 555-0134';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    document.getElementById('go')!.click();
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([{ kinds: ['login-otp'], typed: '14155550134' }]);
  });

  it('remembers the digits when the page clears the field before submitting', () => {
    const { reports } = setup();
    const input = document.getElementById('p') as HTMLInputElement;
    input.value = '138 0013 8000';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.value = '';
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([{ kinds: ['login-otp'], typed: '13800138000' }]);
  });

  it('sends no digits when the field holds no phone number', () => {
    const { reports } = setup();
    const input = document.getElementById('p') as HTMLInputElement;
    input.value = '12';
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([{ kinds: ['login-otp'] }]);
  });

  it('does not report a form the detector did not mark', () => {
    const { reports } = setup();
    document.getElementById('g')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([]);
  });
});
