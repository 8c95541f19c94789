// The content script: runs on every page (declared in wxt.config.ts's manifest). Detects,
// reports the finding, records submits; never blocks the page. Built as a plain script, not
// with WXT's defineContentScript, to keep WXT's context runtime (~3 kB) out of every page:
// ./lifetime.ts does the little of it we need.
import { pageLifetime } from './lifetime';
import { send, sendKept } from './send';
import { watchSubmits } from './submit';
import { pageHost, watch } from './watcher';
import type { Ask } from '@/utils/detect/lexicon';

/**
 * What the detector can start from, found without any word list: fields and buttons, a
 * sign-out link (a signed-in page may show a masked number and nothing else), or an
 * account-like path ("/settings/account", "/security").
 */
const CANDIDATES =
  'input:not([type=hidden]),textarea,select,button,[role=button],[role=tab],' +
  'a[href*=logout i],a[href*=signout i],a[href*=sign_out i],a[href*=log_out i],a[href*=logoff i]';
const ACCOUNT_PATH = /account|secur|setting|profile|passport|login|signin|sign-in|auth|member|user|\bmy|2fa|mfa|verif|password|phone/i;
const candidate = () => ACCOUNT_PATH.test(location.pathname) || document.querySelector(CANDIDATES) !== null;

export default defineUnlistedScript(() => {
  const life = pageLifetime();
  const scope = globalThis as unknown as { __rebindScans?: number };
  let lastKey = '';
  // First pass: one query, as cheap as reading the form controls. Only a page with a
  // candidate control is scanned; the word lists stay in the background, which answers for
  // the texts the scan collected (a round trip between its passes). A background that gives
  // no answer (stopped, or the extension reloaded) ends the scanning of this page.
  let unanswered = false;
  const prepare = (): boolean => !unanswered && candidate();
  const ask = (q: Ask) =>
    send('cs-bg-says', q).catch((e: unknown) => {
      unanswered = true;
      throw e;
    });
  const watcher = watch(
    { ...pageHost(life), prepare, ask },
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

  watchSubmits({
    doc: document,
    forms: () => watcher.latest?.forms ?? [],
    report: (p) => void sendKept('cs-bg-submit', p),
    listen: (target, type, fn) => target.addEventListener(type, fn, { capture: true, signal: life.signal }),
    now: () => Date.now(),
  });
  life.signal.addEventListener('abort', () => watcher.stop());
});
