// The stand-in for source.ts in scripts that run in pages (the content script, the guide
// overlay; wxt.config.ts swaps it): the word lists are not in them; entrypoints/words.ts,
// injected before they are read, puts them on globalThis, built when the extension was.
import type { Words } from './build';

export const words = (): Words | null => (globalThis as unknown as { __rebindWords?: Words }).__rebindWords ?? null;
