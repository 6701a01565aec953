import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Generous: some tests compile the whole library or scan every shared page, and a loaded
    // 2-core machine must not fail them by the clock.
    testTimeout: 60_000,
  },
});
