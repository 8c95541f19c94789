// The content script's one entry into guidance: ask the background whether this tab was opened
// from Rebind for this site; if so, show the overlay. Costs one message per page otherwise.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messages/protocol';
import { mountOverlay } from './overlay';

export function startGuideOverlay(ctx: ContentScriptContext): void {
  let mounted: HTMLElement | null = null;
  const run = async () => {
    if (!ctx.isValid || mounted?.isConnected) return;
    const hint = await sendMessage('cs-bg-guide-hint', undefined).catch(() => null);
    if (!hint || !ctx.isValid || mounted?.isConnected) return;
    mounted = mountOverlay(document, hint, {
      signal: ctx.signal,
      markChanged: () => sendMessage('cs-bg-mark-changed', undefined),
    });
  };
  void run();
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void run(), 300));
}
