import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeMissing, useLocale } from './i18n';

// CI shares 2 cores between many jobs: a render that waits on hashing and IndexedDB can take
// seconds there. Waits for what a person would see get 5 s instead of 1 s.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
  takeMissing();
  // Real English strings unless a test picks a language (tests/unit/i18n.ts, the one stand-in).
  useLocale('en');
});

afterEach(() => {
  const missing = takeMissing();
  if (missing.length) throw new Error(`UI asked for messages that do not exist: ${[...new Set(missing)].join(', ')}`);
});
