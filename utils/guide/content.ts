// The content script's one entry into guidance: ask the background whether this tab was opened
// from Rebind for this site; if so, show the overlay. Costs one message per page otherwise.
// The sender is passed in (entrypoints/content/send.ts) so no messaging library ships in pages.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuideHint } from '../messages/protocol';
import { mountOverlay } from './overlay';

export type GuideSend = (type: 'cs-bg-guide-hint' | 'cs-bg-mark-changed') => Promise<unknown>;

/** The background's answer, checked: anything unexpected means "no overlay". */
export function asHint(v: unknown): GuideHint | null {
  if (!v || typeof v !== 'object') return null;
  const h = v as Partial<GuideHint>;
  if (typeof h.site !== 'string' || !Array.isArray(h.knownMasked)) return null;
  return { site: h.site, knownMasked: h.knownMasked.filter((m): m is string => typeof m === 'string') };
}

export function startGuideOverlay(ctx: ContentScriptContext, send: GuideSend): void {
  let mounted: HTMLElement | null = null;
  const run = async () => {
    if (!ctx.isValid || mounted?.isConnected) return;
    const hint = asHint(await send('cs-bg-guide-hint').catch(() => null));
    if (!hint || !ctx.isValid || mounted?.isConnected) return;
    mounted = mountOverlay(document, hint, {
      signal: ctx.signal,
      markChanged: () => send('cs-bg-mark-changed'),
    });
  };
  void run();
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void run(), 300));
}
