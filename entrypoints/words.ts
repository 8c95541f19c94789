// The detector's word lists for the content script, injected into a frame by the background
// (scripting.executeScript, the extension's isolated world) only when the content script asks
// for them: on pages that have a candidate form control. Every other page never carries them.
// They arrive ready to read: wxt.config.ts builds them (utils/detect/lexicon/build.ts) when
// the extension is built, as JSON (parsed faster than the same object written as code).
declare const __REBIND_WORDS__: string;

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __rebindWords?: unknown }).__rebindWords = JSON.parse(__REBIND_WORDS__);
});
