import { defineConfig } from '@playwright/test';

// The extension must be built first (npm run test:e2e does it): tests load .output/chrome-mv3.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry everywhere: a test that passes only on its retry is still printed as flaky in the log.
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
