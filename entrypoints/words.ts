// The detector's word lists for the content script, injected into a frame by the background
// (scripting.executeScript, the extension's isolated world) only when the content script asks
// for them: on pages that have a candidate form control. Every other page never carries them.
import { lexiconData } from '@/utils/detect/lexicon/data';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __rebindWords?: unknown }).__rebindWords = lexiconData();
});
