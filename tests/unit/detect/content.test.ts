// The content script's helpers: the watcher re-runs on change, debounced, and stops; a
// submit of a marked form reports its kinds and, at most, the id of a matching number.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watch, WATCH, type Host } from '@/entrypoints/page/watcher';
import { watchSubmits } from '@/entrypoints/page/submit';
import { detectDetailed } from '@/utils/detect';
import { numberHash } from '@/utils/numbers/hash';
import type { SubmitPayload } from '@/utils/messages/protocol';

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

describe('submit evidence', () => {
  const setup = (hints: { id: string; salt: string; hash: string; nsnLength: number }[]) => {
    document.body.innerHTML = `<form id=f><input id=p type=tel placeholder="Phone number"><button type=button>Send code</button>
      <button id=go>Sign in</button></form><form id=g><input name=q><button>Search</button></form>`;
    const d = detectDetailed(document, 'https://example.com/login');
    const reports: SubmitPayload[] = [];
    const hintCalls = vi.fn(async () => hints);
    watchSubmits({
      doc: document,
      forms: () => d.forms,
      hints: hintCalls,
      report: (p) => reports.push(p),
      listen: (t, type, fn) => t.addEventListener(type, fn, { capture: true }),
      now: () => Date.now(),
    });
    return { reports, hintCalls };
  };

  it('reports the kinds of a marked form once per submit, never the value', async () => {
    const { reports, hintCalls } = setup([]);
    const input = document.getElementById('p') as HTMLInputElement;
    input.value = '+1 415 555 0134';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
    document.getElementById('go')!.click();
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([{ kinds: ['login-otp'] }]);
    expect(JSON.stringify(reports)).not.toContain('415');
    expect(hintCalls).toHaveBeenCalled();
  });

  it('adds the id of the registered number that was typed', async () => {
    const salt = 'pepper';
    const hash = await numberHash(salt, '4155550134');
    const { reports } = setup([{ id: 'n1', salt, hash, nsnLength: 10 }]);
    const input = document.getElementById('p') as HTMLInputElement;
    input.value = '+1 (415) 555-0134';
    const digest = vi.spyOn(crypto.subtle, 'digest');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // The salted hash is computed while the person is still on the page (async digest): wait
    // for it, however long a busy machine takes, then for the match to be kept.
    await vi.waitFor(() => expect(digest).toHaveBeenCalled(), { timeout: 10_000 });
    await Promise.all(digest.mock.results.map((r) => r.value));
    await new Promise((r) => setTimeout(r, 0));
    digest.mockRestore();
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([{ kinds: ['login-otp'], numberId: 'n1' }]);
  });

  it('does not report a form the detector did not mark', () => {
    const { reports } = setup([]);
    document.getElementById('g')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(reports).toEqual([]);
  });
});
