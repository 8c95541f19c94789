// The content script: runs on every page (declared in wxt.config.ts's manifest). Detects,
// reports the finding, records submits; never blocks the page. Built as a plain script, not
// with WXT's defineContentScript, to keep WXT's context runtime (~3 kB) out of every page:
// ./lifetime.ts does the little of it we need.
import type { NumberHint } from '@/utils/messages/protocol';
import { pageLifetime } from './lifetime';
import { send, sendKept } from './send';
import { watchSubmits } from './submit';
import { watch } from './watcher';

export default defineUnlistedScript(() => {
  const life = pageLifetime();
  const scope = globalThis as unknown as { __rebindScans?: number };
  let lastKey = '';
  const watcher = watch(
    {
      doc: document,
      url: () => location.href,
      setTimeout: (fn, ms) => life.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      now: () => performance.now(),
      isValid: () => life.isValid(),
    },
    ({ finding }) => {
      // "A scan finished", for end-to-end tests (tests/e2e/scan.ts reads it over DevTools). It
      // lives in the content script's isolated world: the page cannot see it.
      scope.__rebindScans = (scope.__rebindScans ?? 0) + 1;
      const key = `${finding.kinds.join()}|${finding.masked.join()}|${finding.signedIn ?? ''}`;
      if (!finding.kinds.length || key === lastKey) return;
      lastKey = key;
      void sendKept('cs-bg-finding', finding);
    },
  );
  life.onUrlChange(() => {
    lastKey = '';
    watcher.restart();
  });

  let hints: Promise<readonly NumberHint[]> | null = null;
  watchSubmits({
    doc: document,
    forms: () => watcher.latest?.forms ?? [],
    // Asked once, only when a marked form is typed into.
    hints: () => (hints ??= send('cs-bg-number-hints').catch(() => [])),
    report: (p) => void sendKept('cs-bg-submit', p),
    listen: (target, type, fn) => target.addEventListener(type, fn, { capture: true, signal: life.signal }),
    now: () => Date.now(),
  });
  life.signal.addEventListener('abort', () => watcher.stop());
});
