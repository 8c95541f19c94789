// The content script's stand-in for source.ts (wxt.config.ts swaps it in the page build):
// the word lists are not in every page; entrypoints/words.ts puts them, built when the
// extension was, on globalThis when a page has a candidate control (entrypoints/page/index.ts).
import type { Words } from './build';

export const words = (): Words | null => (globalThis as unknown as { __rebindWords?: Words }).__rebindWords ?? null;
