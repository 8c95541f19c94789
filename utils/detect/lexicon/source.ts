// The word lists as a page reads them (build.ts), made once from the data. The content
// script's build swaps this module for source-page.ts (wxt.config.ts): there the same
// object arrives ready-made, injected on request by entrypoints/words.ts.
import { buildWords, type Words } from './build';
import { lexiconData } from './data';

let built: Words | null = null;
export const words = (): Words | null => (built ??= buildWords(lexiconData()!));
