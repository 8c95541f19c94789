// The content script's lifetime: it ends when the extension is reloaded, updated or removed
// (the runtime id disappears), and it follows single-page-app URL changes.
// Timers are tracked in one set with one abort listener for all of them: a listener per
// timer grew without bound on pages that mutate every frame.

export interface PageLifetime {
  signal: AbortSignal;
  isValid(): boolean;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** timers set and not yet fired or cleared */
  readonly pending: number;
  onUrlChange(fn: () => void): void;
}

type Nav = { addEventListener(type: 'navigate', fn: (e: { destination: { url: string } }) => void, o: { signal: AbortSignal }): void };

export function pageLifetime(): PageLifetime {
  const ctrl = new AbortController();
  const timers = new Set<number>();
  let poll = 0;
  ctrl.signal.addEventListener(
    'abort',
    () => {
      for (const id of timers) clearTimeout(id);
      timers.clear();
      if (poll) clearInterval(poll);
    },
    { once: true },
  );
  const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } }; navigation?: Nav };
  const isValid = () => {
    if (!ctrl.signal.aborted && !(g.browser?.runtime?.id ?? g.chrome?.runtime?.id)) ctrl.abort();
    return !ctrl.signal.aborted;
  };
  return {
    signal: ctrl.signal,
    isValid,
    setTimeout(fn, ms) {
      if (!isValid()) return 0;
      const id = setTimeout(() => {
        timers.delete(id);
        if (isValid()) fn();
      }, ms) as unknown as number;
      timers.add(id);
      return id;
    },
    clearTimeout(id) {
      if (!timers.delete(id)) return;
      clearTimeout(id);
    },
    get pending() {
      return timers.size;
    },
    onUrlChange(fn) {
      let last = location.href;
      const check = (next: string) => {
        if (next === last || !isValid()) return;
        last = next;
        fn();
      };
      // The Navigation API sees history.pushState; without it, poll as WXT's context does.
      if (g.navigation) g.navigation.addEventListener('navigate', (e) => check(e.destination.url), { signal: ctrl.signal });
      else {
        const before = poll;
        poll = setInterval(() => check(location.href), 1000) as unknown as number;
        if (before) clearInterval(before); // one poll: a second caller replaces the first
      }
    },
  };
}
