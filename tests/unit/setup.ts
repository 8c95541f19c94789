import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeMissing, useLocale } from './i18n';

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
