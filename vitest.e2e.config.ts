import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and each test owns a whole browser.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
