// The content script's lifetime: it ends when the extension is reloaded, updated or removed
// (the runtime id disappears), and it follows single-page-app URL changes.

export interface PageLifetime {
  signal: AbortSignal;
  isValid(): boolean;
  setTimeout(fn: () => void, ms: number): number;
  onUrlChange(fn: () => void): void;
}

type Nav = { addEventListener(type: 'navigate', fn: (e: { destination: { url: string } }) => void, o: { signal: AbortSignal }): void };

export function pageLifetime(): PageLifetime {
  const ctrl = new AbortController();
  const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } }; navigation?: Nav };
  const isValid = () => {
    if (!ctrl.signal.aborted && !(g.browser?.runtime?.id ?? g.chrome?.runtime?.id)) ctrl.abort();
    return !ctrl.signal.aborted;
  };
  return {
    signal: ctrl.signal,
    isValid,
    setTimeout(fn, ms) {
      const id = setTimeout(() => isValid() && fn(), ms) as unknown as number;
      ctrl.signal.addEventListener('abort', () => clearTimeout(id));
      return id;
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
        const id = setInterval(() => check(location.href), 1000);
        ctrl.signal.addEventListener('abort', () => clearInterval(id));
      }
    },
  };
}
