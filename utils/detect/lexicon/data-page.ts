// The content script's stand-in for data.ts (wxt.config.ts aliases it in the page build):
// the word lists are not in every page; entrypoints/words.ts puts them on globalThis when a
// page has a candidate control (see entrypoints/page/index.ts).
import type { LexiconData } from './data';

export type { LexiconData } from './data';

export const lexiconData = (): LexiconData | null =>
  (globalThis as unknown as { __rebindWords?: LexiconData }).__rebindWords ?? null;
