import { defineConfig } from 'vitest/config';

// The relevance gates: the engine scored on the shared labelled pages (slow-ish, so apart).
export default defineConfig({
  test: {
    include: ['tests/relevance/**/*.test.ts'],
    testTimeout: 180_000,
  },
});
