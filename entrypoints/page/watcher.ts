// Watches a page for what the detector looks at, without ever blocking it: mutations are
// filtered and debounced, the detector runs in short time slices, and the watcher turns
// itself off once the page has been quiet for a while (uBO Lite's cost model).
import { scan, type Detection } from '@/utils/detect';

export const WATCH = {
  debounceMs: 64,
  sliceMs: 4,
  quietMs: 30_000,
  /** runs per URL: a page that mutates without end cannot keep us busy */
  maxRuns: 40,
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
}

export interface Watcher {
  /** the page's address changed (single-page app): look again */
  restart(): void;
  stop(): void;
  readonly latest: Detection | null;
}

export function watch(host: Host, onResult: (d: Detection) => void): Watcher {
  let latest: Detection | null = null;
  let timer = 0;
  let quietTimer = 0;
  let running = false;
  let dirty = false;
  let runs = 0;
  let observer: MutationObserver | null = null;

  const schedule = () => {
    if (!host.isValid()) return stop();
    if (running) {
      dirty = true;
      return;
    }
    host.clearTimeout(timer);
    timer = host.setTimeout(run, WATCH.debounceMs);
  };

  const run = () => {
    if (!host.isValid() || runs >= WATCH.maxRuns) return;
    runs++;
    running = true;
    dirty = false;
    const it = scan(host.doc, host.url());
    const slice = () => {
      if (!host.isValid()) return;
      const end = host.now() + WATCH.sliceMs;
      for (;;) {
        const step = it.next();
        if (step.done) {
          running = false;
          latest = step.value;
          onResult(step.value);
          if (dirty) schedule();
          return;
        }
        if (host.now() >= end) break;
      }
      host.setTimeout(slice, 0);
    };
    slice();
  };

  const quiet = () => {
    host.clearTimeout(quietTimer);
    quietTimer = host.setTimeout(() => disconnect(), WATCH.quietMs);
  };

  const connect = () => {
    if (observer) return;
    observer = new MutationObserver(() => {
      quiet();
      schedule();
    });
    observer.observe(host.doc, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: WATCH.attributes,
    });
    quiet();
  };

  const disconnect = () => {
    observer?.disconnect();
    observer = null;
  };

  function stop() {
    disconnect();
    host.clearTimeout(timer);
    host.clearTimeout(quietTimer);
  }

  connect();
  schedule();
  return {
    restart() {
      runs = 0;
      connect();
      quiet();
      schedule();
    },
    stop,
    get latest() {
      return latest;
    },
  };
}
