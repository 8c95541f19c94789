// The detector's word lists for the content script, injected into a frame by the background
// (scripting.executeScript, the extension's isolated world) only when the content script asks
// for them: on pages that have a candidate form control. Every other page never carries them.
// They arrive ready to read, built with the extension (utils/detect/lexicon/source-built.ts).
import { words } from '@/utils/detect/lexicon/source-built';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __rebindWords?: unknown }).__rebindWords = words();
});
