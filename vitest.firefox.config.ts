import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox: each Firefox build of the extension in Debian's Firefox ESR, driven
// by puppeteer-core over WebDriver BiDi (tests/firefox/). One browser per test file, one file at a
// time (two Firefoxes side by side took longer on a two-core machine).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
