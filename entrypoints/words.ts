// The detector's word lists for the guide overlay, injected into a frame by the background
// (scripting.executeScript, the extension's isolated world) before the overlay itself, which
// reads them from globalThis (utils/detect/lexicon/source-page.ts). The content script does not
// carry them: it asks the background (lexicon Ask). wxt.config.ts defines the lists when the
// extension is built (utils/detect/lexicon/build.ts's output), so no page runs the builder.
import { words } from '@/utils/detect/lexicon/source-built';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __rebindWords?: unknown }).__rebindWords = words();
});
