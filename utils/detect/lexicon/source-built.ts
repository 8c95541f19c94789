// The word lists made when the extension was built: wxt.config.ts defines __REBIND_WORDS__
// (build.ts's output as JSON) for entrypoints/words.ts, so no page runs the builder.
import type { Words } from './build';

declare const __REBIND_WORDS__: string;

let parsed: Words | null = null;
// JSON.parse: faster to start than the same data written as an object literal.
export const words = (): Words | null => (parsed ??= JSON.parse(__REBIND_WORDS__) as Words);
