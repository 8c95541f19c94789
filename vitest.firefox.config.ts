import { defineConfig } from 'vitest/config';

// Firefox end-to-end (tests/firefox): Node drives firefox-esr over WebDriver BiDi. The package
// must be made first (npm run test:firefox does it): the tests install .output/rebind-*-firefox.zip.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // What a person would see, polled: a loaded shared machine needs more than the default 1 s.
    expect: { poll: { timeout: 15_000, interval: 200 } },
  },
});
