// The stand-in for lookup.ts in the content script (wxt.config.ts swaps it): no word lists in
// the page, every answer comes from the background (index.ts).
import type { Lookup } from './lookup';

export const local = (): Lookup | null => null;
