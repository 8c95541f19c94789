// The word lists as a page reads them (build.ts), made once from the data: here in Node and
// the tests, and for words.js when the extension is built (wxt.config.ts). Scripts that run
// in pages get source-page.ts instead, which reads what words.js put on globalThis.
import { buildWords, type Words } from './build';
import { lexiconData } from './data';

let built: Words | null = null;
export const words = (): Words | null => (built ??= buildWords(lexiconData()));
