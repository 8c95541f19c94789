// Restless and hostile pages (issue 13): the content script's timers, observer and scans
// stay bounded on a page that toggles a class every frame for ten minutes, and on a page
// that pushes a thousand 1 MB URLs. Fake timers drive the real lifetime and watcher, wired
// as entrypoints/page/index.ts wires them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageLifetime } from '@/entrypoints/page/lifetime';
import { pageHost, watch, WATCH } from '@/entrypoints/page/watcher';

const g = globalThis as unknown as { chrome?: unknown; browser?: unknown; navigation?: unknown };
let fakeBrowserGlobal: unknown;

const PHONE_FORM =
  '<form><h2>Sign in</h2><input type=tel placeholder="Phone number"><button type=button>Send code</button><button>Sign in</button></form>';

beforeEach(() => {
  fakeBrowserGlobal = g.browser;
  delete g.browser;
  g.chrome = { runtime: { id: 'rebind' } };
  vi.useFakeTimers();
});
afterEach(() => {
  g.browser = fakeBrowserGlobal;
  delete g.chrome;
  delete g.navigation;
  vi.useRealTimers();
  history.replaceState({}, '', '/');
});

/** Counts listeners added to a signal from now on. */
function countListeners(signal: AbortSignal): { readonly added: number } {
  const state = { added: 0 };
  const add = signal.addEventListener.bind(signal);
  signal.addEventListener = ((...a: Parameters<typeof add>) => {
    state.added++;
    return add(...a);
  }) as typeof signal.addEventListener;
  return state;
}

describe('a page that changes a class every frame for ten minutes', () => {
  it('adds no abort listener per timer, keeps timers flat, and turns the observer off', async () => {
    document.body.innerHTML = `${PHONE_FORM}<div id=spinner></div>`;
    const life = pageLifetime();
    const listeners = countListeners(life.signal);
    const kinds: string[][] = [];
    const w = watch(pageHost(life), (d) => kinds.push(d.finding.kinds));
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(kinds.at(-1)).toEqual(['login-otp']);
    const spinner = document.getElementById('spinner')!;
    let maxPending = 0;
    const frames = (10 * 60 * 1000) / 16;
    for (let f = 0; f < frames; f++) {
      spinner.className = f % 2 ? 'spin a' : 'spin b';
      await vi.advanceTimersByTimeAsync(16);
      maxPending = Math.max(maxPending, life.pending);
    }
    // The run limit was reached and the observer let go, although the page never went quiet.
    expect(w.watching).toBe(false);
    expect(w.scans).toBeLessThanOrEqual(WATCH.maxRuns);
    expect(listeners.added).toBe(0);
    expect(maxPending).toBeLessThanOrEqual(3);
    expect(life.pending).toBe(0);
    // Still correct: the last scan saw the phone form.
    expect(kinds.at(-1)).toEqual(['login-otp']);
    w.stop();
  }, 120_000);

  it('a restless page is still scanned while it animates (the debounce has a ceiling)', async () => {
    document.body.innerHTML = '<div id=spinner></div>';
    const life = pageLifetime();
    const kinds: string[][] = [];
    const w = watch(pageHost(life), (d) => kinds.push(d.finding.kinds));
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    const spinner = document.getElementById('spinner')!;
    spinner.insertAdjacentHTML('afterend', PHONE_FORM);
    for (let f = 0; f < 200; f++) {
      spinner.className = `s${f % 2}`;
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(kinds.at(-1)).toEqual(['login-otp']);
    w.stop();
  });
});

describe('a page that pushes a thousand 1 MB URLs', () => {
  it('makes at most the per-minute budget of full scans, and the last URL is still scanned', async () => {
    document.body.innerHTML = PHONE_FORM;
    let navigate: ((e: { destination: { url: string } }) => void) | undefined;
    g.navigation = { addEventListener: (_t: string, fn: typeof navigate) => (navigate = fn) };
    const life = pageLifetime();
    const listeners = countListeners(life.signal);
    // The page's address as the content script reads it (happy-dom's own history would
    // spend a minute parsing a gigabyte of URLs; the browser's cost is not under test).
    let current = 'https://example.com/';
    const scanned: string[] = [];
    const w = watch({ ...pageHost(life), url: () => (scanned.push(current), current) }, () => {});
    life.onUrlChange(() => w.restart());
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    const start = w.scans;
    const pad = 'a'.repeat(1 << 20);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) {
      current = `https://example.com/p/${i}?q=${pad}`;
      navigate!({ destination: { url: current } });
      // One push every 100 ms: slower than the debounce, so each would be a scan of its own.
      await vi.advanceTimersByTimeAsync(100);
    }
    const minutes = (performance.now() - t0) / 60_000;
    const during = w.scans - start;
    expect(during).toBeLessThanOrEqual(Math.ceil(minutes + 1) * WATCH.scansPerMinute);
    expect(during).toBeGreaterThan(0);
    // After the loop ends, the last address gets its scan.
    await vi.advanceTimersByTimeAsync(61_000);
    expect(scanned.at(-1)).toBe(current);
    expect(listeners.added).toBe(0);
    w.stop();
  }, 120_000);
});

describe('the lifetime', () => {
  it('clears every pending timer with one listener when the extension goes away', () => {
    const runtime: { id?: string } = { id: 'rebind' };
    g.chrome = { runtime };
    const life = pageLifetime();
    const listeners = countListeners(life.signal);
    const fn = vi.fn();
    for (let i = 0; i < 100; i++) life.setTimeout(fn, 10 + i);
    expect(life.pending).toBe(100);
    expect(listeners.added).toBe(0);
    delete runtime.id;
    expect(life.isValid()).toBe(false);
    expect(life.pending).toBe(0);
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
    // After the end, no new timer is set.
    life.setTimeout(fn, 1);
    expect(life.pending).toBe(0);
  });
});

describe('the first pass', () => {
  it('scans nothing on a page without a candidate, and waits for the word lists on one with a form', async () => {
    document.body.innerHTML = '<p>Just an article.</p>';
    const life = pageLifetime();
    // As entrypoints/page/index.ts: no candidate -> false; a candidate -> the words' promise
    // until they are here -> true.
    let arrive!: () => void;
    const words = new Promise<void>((r) => (arrive = r));
    let here = false;
    let asked = 0;
    const prepare = () => here || (document.querySelector('input') ? (asked++, words) : false);
    const kinds: string[][] = [];
    const w = watch({ ...pageHost(life), url: () => 'https://example.com/login', prepare }, (d) => kinds.push(d.finding.kinds));
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(w.scans).toBe(0);
    expect(asked).toBe(0);
    document.body.innerHTML = PHONE_FORM;
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(asked).toBe(1);
    expect(w.scans).toBe(0);
    here = true;
    arrive();
    await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
    expect(w.scans).toBe(1);
    expect(kinds).toEqual([['login-otp']]);
    w.stop();
  });
});
