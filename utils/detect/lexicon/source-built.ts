// The stand-in for source.ts in the background and in words.js (wxt.config.ts swaps it): the
// word lists as build.ts made them when the extension was built (the __REBIND_WORDS__ define),
// parsed on first read. No script of the extension runs the builder.
import type { Words } from './build';

declare const __REBIND_WORDS__: string;

let parsed: Words | null = null;
// JSON.parse: faster to start than the same data written as an object literal.
export const words = (): Words | null => (parsed ??= JSON.parse(__REBIND_WORDS__) as Words);
