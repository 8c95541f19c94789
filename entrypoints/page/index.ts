// The content script: runs on every page (declared in wxt.config.ts's manifest). Detects,
// reports the finding, records submits; never blocks the page. Built as a plain script, not
// with WXT's defineContentScript, to keep WXT's context runtime (~3 kB) out of every page:
// ./lifetime.ts does the little of it we need.
import { pageLifetime } from './lifetime';
import { sendKept } from './send';
import { watchSubmits } from './submit';
import { watch } from './watcher';

export default defineUnlistedScript(() => {
  const life = pageLifetime();
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

  watchSubmits({
    doc: document,
    forms: () => watcher.latest?.forms ?? [],
    report: (p) => void sendKept('cs-bg-submit', p),
    listen: (target, type, fn) => target.addEventListener(type, fn, { capture: true, signal: life.signal }),
    now: () => Date.now(),
  });
  life.signal.addEventListener('abort', () => watcher.stop());
});
