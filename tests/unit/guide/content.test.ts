import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuideOverlay } from '@/utils/guide/content';

describe('the guide overlay on ordinary pages', () => {
  it('sends nothing to the background when no guide tab was opened recently', async () => {
    const ctx = new ContentScriptContext('test');
    const send = vi.fn(async () => null);
    startGuideOverlay(ctx, send, async () => Date.now() - 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(send).not.toHaveBeenCalled();
    ctx.abort();
  });

  it('asks the background while a guide tab may be open, and shows no overlay when it says no', async () => {
    const ctx = new ContentScriptContext('test');
    const send = vi.fn(async () => null);
    startGuideOverlay(ctx, send, async () => Date.now() + 60_000);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('cs-bg-guide-hint'));
    expect(document.querySelector('rebind-guide')).toBeNull();
    ctx.abort();
  });

  it('reads the pending time from local storage as written by the page that opened the tab', async () => {
    const { rememberGuideTab } = await import('@/utils/guide/tabs');
    const { readPendingUntil } = await import('@/utils/guide/content');
    expect(await readPendingUntil()).toBe(0);
    await rememberGuideTab(3, 'example.com', [], 1_000);
    expect(await readPendingUntil()).toBeGreaterThan(1_000);
  });
});
