import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// CI shares 2 cores between many jobs: a render that waits on hashing and IndexedDB can take
// seconds there. Waits for what a person would see get 5 s instead of 1 s.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
