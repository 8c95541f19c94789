import { describe, expect, it, vi } from 'vitest';
import { wantsGuideOverlay } from '@/utils/guide/background';
import { showGuide } from '@/utils/guide/content';
import { rememberGuideTab, GUIDE_TTL_MS } from '@/utils/guide/tabs';

describe('which tabs get the overlay script', () => {
  it('only a fresh guide tab, on the origin it was opened for', async () => {
    const now = 1_000_000;
    await rememberGuideTab(5, 'bilibili.com', 'https://account.bilibili.com/account/security', [], now);
    expect(await wantsGuideOverlay(5, 'https://account.bilibili.com/account/home?x=1', now)).toBe(true);
    // Another host of the same site, another site in the same tab (a sign-in hop elsewhere),
    // another tab, a non-web page, too late.
    expect(await wantsGuideOverlay(5, 'https://space.bilibili.com/', now)).toBe(false);
    expect(await wantsGuideOverlay(5, 'https://www.example.com/', now)).toBe(false);
    expect(await wantsGuideOverlay(6, 'https://account.bilibili.com/', now)).toBe(false);
    expect(await wantsGuideOverlay(5, 'chrome://settings', now)).toBe(false);
    expect(await wantsGuideOverlay(5, 'https://account.bilibili.com/', now + GUIDE_TTL_MS + 1)).toBe(false);
  });
});

describe('the injected overlay script', () => {
  it('shows nothing when the background does not confirm the tab', async () => {
    const send = vi.fn(async () => null);
    expect(await showGuide(document, send, new AbortController().signal)).toBeNull();
    expect(send).toHaveBeenCalledWith('cs-bg-guide-hint');
    expect(document.querySelector('rebind-guide')).toBeNull();
  });

  it('mounts one overlay when confirmed, and injecting again adds no second one', async () => {
    const send = vi.fn(async () => ({ site: 'example.com', knownMasked: [] }));
    const ctrl = new AbortController();
    const first = await showGuide(document, send, ctrl.signal);
    expect(first).not.toBeNull();
    expect(await showGuide(document, send, ctrl.signal)).toBeNull();
    expect(document.querySelectorAll('rebind-guide')).toHaveLength(1);
    expect(send).toHaveBeenCalledTimes(1);
    ctrl.abort();
    first?.remove();
  });

  it('ignores an answer that is not a hint', async () => {
    const send = vi.fn(async () => ({ site: 42 }));
    expect(await showGuide(document, send, new AbortController().signal)).toBeNull();
  });
});
