// The content script's one entry into guidance: ask the background whether this tab was opened
// from Rebind for this site; if so, show the overlay. Only asked while a guide tab was opened
// in the last few minutes (one storage read), so ordinary pages send nothing.
// The sender is passed in (entrypoints/content/send.ts) so no messaging library ships in pages.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuideHint } from '../messages/protocol';
import { mountOverlay } from './overlay';
import { GUIDE_PENDING_KEY } from './pending';

/** Reads the local "guide pending until" time; injected so tests can pass their own. */
export type PendingUntil = () => Promise<number>;

/** browser.storage.local, without WXT's storage wrapper (kept out of the content script). */
export const readPendingUntil: PendingUntil = async () => {
  const got = (await browser.storage.local.get(GUIDE_PENDING_KEY)) as Record<string, unknown>;
  const v = got[GUIDE_PENDING_KEY];
  return typeof v === 'number' ? v : 0;
};

export type GuideSend = (type: 'cs-bg-guide-hint' | 'cs-bg-mark-changed') => Promise<unknown>;

/** The background's answer, checked: anything unexpected means "no overlay". */
export function asHint(v: unknown): GuideHint | null {
  if (!v || typeof v !== 'object') return null;
  const h = v as Partial<GuideHint>;
  if (typeof h.site !== 'string' || !Array.isArray(h.knownMasked)) return null;
  return { site: h.site, knownMasked: h.knownMasked.filter((m): m is string => typeof m === 'string') };
}

export function startGuideOverlay(
  ctx: ContentScriptContext,
  send: GuideSend,
  pendingUntil: PendingUntil = readPendingUntil,
): void {
  let mounted: HTMLElement | null = null;
  const run = async () => {
    if (!ctx.isValid || mounted?.isConnected) return;
    if ((await pendingUntil().catch(() => 0)) < Date.now()) return;
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
