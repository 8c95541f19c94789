// A WXT storage item as component state, following changes made elsewhere.
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T | undefined, (v: T) => Promise<void>] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let changed = false;
    // A change seen while the first read is under way is newer than what that read returns.
    item.getValue().then((v) => live && !changed && setValue(v));
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(v);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return [value, (v: T) => item.setValue(v)];
}
