import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'utils/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'happy-dom',
    // A busy shared CI machine: room for the 5 s UI waits of tests/unit/setup.ts.
    testTimeout: 15_000,
  },
});
