import { defineConfig } from 'vitest/config';

// Firefox end-to-end (tests/firefox): Node drives firefox-esr over WebDriver BiDi. The extension
// must be built first (npm run test:firefox does it): the tests install .output/firefox-mv3.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
