// Settings, each one WXT storage item (local to this device).
import { storage } from 'wxt/utils/storage';

/** Record sites seen in private windows. Off: private browsing leaves no trace. */
export const recordPrivate = storage.defineItem<boolean>('local:recordPrivate', { fallback: false });

/** Sites the person paused Rebind on: nothing is recorded there. */
export const pausedSites = storage.defineItem<string[]>('local:pausedSites', { fallback: [] });

/** Keep whole numbers (not only their visible digits and a hash). */
export const keepWholeNumbers = storage.defineItem<boolean>('local:keepWholeNumbers', {
  fallback: false,
});
