// Subscribe a component to a Dexie liveQuery: re-renders when the data changes.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLive<T>(query: () => Promise<T> | T, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: setValue,
      error: (e: unknown) => console.error('[rebind] query failed', e),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
