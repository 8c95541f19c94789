// The overlay script's side of guidance (entrypoints/guide-overlay.ts): ask the background
// whether this tab was opened from Rebind for this site; if so, show the overlay. The script
// is injected by the background only into such tabs, so ordinary pages carry none of this.
import type { GuideHint } from '../messages/protocol';
import { hasOverlay, mountOverlay } from './overlay';

export type GuideSend = (type: 'cs-bg-guide-hint' | 'cs-bg-guide-offer' | 'cs-bg-mark-changed') => Promise<unknown>;

/** The background's answer, checked: anything unexpected means "no overlay". */
export function asHint(v: unknown): GuideHint | null {
  if (!v || typeof v !== 'object') return null;
  const h = v as Partial<GuideHint>;
  if (typeof h.site !== 'string' || !Array.isArray(h.knownMasked)) return null;
  return { site: h.site, knownMasked: h.knownMasked.filter((m): m is string => typeof m === 'string') };
}

/**
 * Shows the overlay once per document when the background confirms the hint. Injecting again
 * (after a redirect or a single-page navigation) is harmless: a mounted overlay stays alone.
 */
export async function showGuide(doc: Document, send: GuideSend, signal: AbortSignal): Promise<HTMLElement | null> {
  // Only an overlay this script mounted counts: a page's own <rebind-guide> cannot suppress it.
  if (signal.aborted || hasOverlay(doc)) return null;
  const hint = asHint(await send('cs-bg-guide-hint').catch(() => null));
  if (!hint || signal.aborted || hasOverlay(doc)) return null;
  return mountOverlay(doc, hint, {
    signal,
    markChanged: () => send('cs-bg-mark-changed'),
    offer: async () => (await send('cs-bg-guide-offer').catch(() => false)) === true,
  });
}
