import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageLifetime } from '@/entrypoints/page/lifetime';

const g = globalThis as unknown as { chrome?: unknown; browser?: unknown; navigation?: unknown };
let fakeBrowserGlobal: unknown;

// Each test sets the page's `chrome` itself; the test setup's fake `browser` would answer first.
beforeEach(() => {
  fakeBrowserGlobal = g.browser;
  delete g.browser;
});
afterEach(() => {
  g.browser = fakeBrowserGlobal;
  delete g.chrome;
  delete g.navigation;
  vi.useRealTimers();
});

describe('the content script lifetime', () => {
  it('ends when the extension goes away (reloaded, updated, removed), and its timers with it', () => {
    vi.useFakeTimers();
    const runtime: { id?: string } = { id: 'rebind' };
    g.chrome = { runtime };
    const life = pageLifetime();
    const fn = vi.fn();
    life.setTimeout(fn, 10);
    expect(life.isValid()).toBe(true);
    delete runtime.id;
    expect(life.isValid()).toBe(false);
    expect(life.signal.aborted).toBe(true);
    vi.advanceTimersByTime(20);
    expect(fn).not.toHaveBeenCalled();
  });

  it('follows single-page-app URL changes through the Navigation API', () => {
    g.chrome = { runtime: { id: 'rebind' } };
    let listener: ((e: { destination: { url: string } }) => void) | undefined;
    g.navigation = { addEventListener: (_t: string, fn: typeof listener) => (listener = fn) };
    const life = pageLifetime();
    const changed = vi.fn();
    life.onUrlChange(changed);
    listener!({ destination: { url: location.href } });
    expect(changed).not.toHaveBeenCalled();
    listener!({ destination: { url: 'https://example.com/settings/phone' } });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('polls the URL where there is no Navigation API', () => {
    vi.useFakeTimers();
    g.chrome = { runtime: { id: 'rebind' } };
    const life = pageLifetime();
    const changed = vi.fn();
    life.onUrlChange(changed);
    history.pushState({}, '', '/account/security');
    vi.advanceTimersByTime(1100);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
