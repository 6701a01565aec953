import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
