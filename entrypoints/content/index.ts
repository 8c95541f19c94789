// Runs on every page: detect, report the finding, record submits. Never blocks the page;
// all of it is in main() (WXT imports this file in Node at build time).
import type { NumberHint } from '@/utils/messages/protocol';
import { send } from './send';
import { watchSubmits } from './submit';
import { watch } from './watcher';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    let lastKey = '';
    const watcher = watch(
      {
        doc: document,
        url: () => location.href,
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
        now: () => performance.now(),
        isValid: () => ctx.isValid,
      },
      ({ finding }) => {
        const key = `${finding.kinds.join()}|${finding.masked.join()}|${finding.signedIn ?? ''}`;
        if (!finding.kinds.length || key === lastKey) return;
        lastKey = key;
        send('cs-bg-finding', finding).catch(() => undefined);
      },
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lastKey = '';
      watcher.restart();
    });

    let hints: Promise<readonly NumberHint[]> | null = null;
    watchSubmits({
      doc: document,
      forms: () => watcher.latest?.forms ?? [],
      // Asked once, only when a marked form is typed into.
      hints: () => (hints ??= send('cs-bg-number-hints').catch(() => [])),
      report: (p) => void send('cs-bg-submit', p).catch(() => undefined),
      listen: (target, type, fn) => ctx.addEventListener(target, type, fn, { capture: true }),
      now: () => Date.now(),
    });
    ctx.onInvalidated(() => watcher.stop());
  },
});
