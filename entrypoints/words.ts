// The detector's word lists for the content script, injected into a frame by the background
// (scripting.executeScript, the extension's isolated world) only when the content script asks
// for them: on pages that have a candidate form control, and before the guide overlay. Every
// other page never carries them. wxt.config.ts defines __REBIND_WORDS__ when the extension is
// built (utils/detect/lexicon/build.ts's output as JSON), so no page runs the builder.
declare const __REBIND_WORDS__: string;

export default defineUnlistedScript(() => {
  // JSON.parse: faster to start than the same data written as an object literal.
  (globalThis as unknown as { __rebindWords?: unknown }).__rebindWords = JSON.parse(__REBIND_WORDS__);
});
