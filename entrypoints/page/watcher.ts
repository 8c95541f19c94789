// Watches a page for what the detector looks at, without ever blocking it: mutations are
// filtered and debounced, the detector runs in short time slices, and the watcher turns
// itself off once the page has been quiet for a while (uBO Lite's cost model).
// Hostile or restless pages are bounded three ways: a debounce that waits at most maxWaitMs
// (a class toggled every frame still gets scanned, and so reaches the run limit), the
// observer is disconnected at the run limit, and a scan budget per minute holds across URL
// changes (a pushState loop cannot make endless full scans).
import { scan, type Detection } from '@/utils/detect';
import { learn, takeAsk, type Answers, type Ask } from '@/utils/detect/lexicon';
import { ASK } from '@/utils/detect/step';
import type { PageLifetime } from './lifetime';

export const WATCH = {
  debounceMs: 64,
  /** the longest a scan waits behind a stream of mutations */
  maxWaitMs: 1000,
  sliceMs: 4,
  quietMs: 30_000,
  /** runs per URL: a page that mutates without end cannot keep us busy */
  maxRuns: 40,
  /** full scans per minute, across URL changes */
  scansPerMinute: 20,
  /** attributes that change what a field is or whether it shows */
  attributes: ['type', 'name', 'id', 'placeholder', 'autocomplete', 'aria-label', 'hidden', 'style', 'class', 'inputmode'],
};

export interface Host {
  doc: Document;
  url(): string;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
  isValid(): boolean;
  /**
   * Before a scan: true to scan now; false when the page has nothing to look at (no
   * candidate control); a promise when something must arrive first.
   */
  prepare?(): boolean | Promise<unknown>;
  /**
   * The background's answers for the texts a scan asks about (a content script has no word
   * lists). Rejects when there is no answer: the scan is dropped, and `prepare` is asked again
   * before the next.
   */
  ask?(q: Ask): Promise<Answers>;
}

export interface Watcher {
  /** the page's address changed (single-page app): look again */
  restart(): void;
  stop(): void;
  readonly latest: Detection | null;
  /** the MutationObserver is connected */
  readonly watching: boolean;
  /** scans started since the watcher began */
  readonly scans: number;
}

/** The content script's host: the page, its URL, and timers that end with the script. */
export const pageHost = (life: PageLifetime, doc: Document = document): Host => ({
  doc,
  url: () => location.href,
  setTimeout: (fn, ms) => life.setTimeout(fn, ms),
  clearTimeout: (id) => life.clearTimeout(id),
  now: () => performance.now(),
  isValid: () => life.isValid(),
});

export function watch(host: Host, onResult: (d: Detection) => void): Watcher {
  let latest: Detection | null = null;
  // The last finding's signals, kept across a single-page app's steps (URL changes).
  let earlier: ReadonlySet<string> | undefined;
  let timer = 0;
  let quietTimer = 0;
  let running = false;
  let dirty = false;
  let runs = 0;
  let scans = 0;
  let observer: MutationObserver | null = null;
  /** when the first mutation not yet scanned arrived (-1: none waiting) */
  let waitingSince = -1;
  let lastMutation = 0;
  /** start times of the scans in the last minute */
  const recent: number[] = [];

  const schedule = () => {
    if (!host.isValid()) return stop();
    if (running) {
      dirty = true;
      return;
    }
    const now = host.now();
    if (waitingSince < 0) waitingSince = now;
    // Debounced, but a stream of mutations cannot push the scan back for ever.
    else if (now - waitingSince >= WATCH.maxWaitMs && timer) return;
    if (timer) host.clearTimeout(timer);
    timer = host.setTimeout(run, WATCH.debounceMs);
  };

  const run = () => {
    timer = 0;
    if (!host.isValid()) return;
    if (runs >= WATCH.maxRuns) return disconnect();
    const now = host.now();
    while (recent.length && now - recent[0]! >= 60_000) recent.shift();
    if (recent.length >= WATCH.scansPerMinute) {
      // Over budget: one scan later, when the oldest leaves the window.
      timer = host.setTimeout(run, recent[0]! + 60_000 - now);
      return;
    }
    const ready = host.prepare ? host.prepare() : true;
    // Nothing to look at: no scan, and none counted; a mutation may bring a form.
    if (ready === false) return void (waitingSince = -1);
    if (ready !== true) {
      running = true;
      void ready.then(() => {
        running = false;
        schedule();
      });
      return;
    }
    recent.push(now);
    runs++;
    scans++;
    running = true;
    dirty = false;
    waitingSince = -1;
    const it = scan(host.doc, host.url(), earlier);
    // The scan waits for the background's answers between two slices.
    const answered = (q: Ask): void => {
      const give = (ok: boolean): void => {
        if (!host.isValid()) return;
        // Resumed in the reply's callback: a timer task of its own measured ~10 ms more script
        // time on the 5k-element bench page (Chromium), for no gain.
        if (ok) return slice();
        running = false;
        if (dirty) schedule();
      };
      if (!host.ask) return give(false);
      host.ask(q).then(
        (a) => give(learn(q, a)),
        () => give(false),
      );
    };
    const slice = (): void => {
      if (!host.isValid()) return;
      const end = host.now() + WATCH.sliceMs;
      for (;;) {
        const step = it.next();
        if (!step.done && step.value === ASK) {
          const q = takeAsk();
          if (q) return answered(q);
          continue;
        }
        if (step.done) {
          running = false;
          latest = step.value;
          if (step.value.finding.kinds.length) earlier = new Set(step.value.finding.signals);
          onResult(step.value);
          if (runs >= WATCH.maxRuns) disconnect();
          else if (dirty) schedule();
          return;
        }
        if (host.now() >= end) break;
      }
      host.setTimeout(slice, 0);
    };
    slice();
  };

  // One quiet timer, re-armed only when it fires: mutations just note the time.
  const quiet = () => {
    if (quietTimer) return;
    const check = () => {
      const left = lastMutation + WATCH.quietMs - host.now();
      quietTimer = left > 0 ? host.setTimeout(check, left) : 0;
      if (left <= 0) disconnect();
    };
    quietTimer = host.setTimeout(check, WATCH.quietMs);
  };

  const connect = () => {
    if (observer) return;
    observer = new MutationObserver(() => {
      lastMutation = host.now();
      schedule();
    });
    observer.observe(host.doc, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: WATCH.attributes,
    });
    lastMutation = host.now();
    quiet();
  };

  const disconnect = () => {
    observer?.disconnect();
    observer = null;
    if (quietTimer) host.clearTimeout(quietTimer);
    quietTimer = 0;
  };

  function stop() {
    disconnect();
    if (timer) host.clearTimeout(timer);
    timer = 0;
  }

  connect();
  schedule();
  return {
    restart() {
      if (!host.isValid()) return;
      runs = 0;
      connect();
      lastMutation = host.now();
      schedule();
    },
    stop,
    get latest() {
      return latest;
    },
    get watching() {
      return observer !== null;
    },
    get scans() {
      return scans;
    },
  };
}
