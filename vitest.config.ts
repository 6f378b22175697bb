import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The unit tests read dates and times as an en-US browser writes them: the test workers (forked
// after this runs) take their default locale from here, whatever the machine's is.
process.env.LC_ALL = 'en_US.UTF-8';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    restoreMocks: true,
    // Property tests run thousands of cases: on a busy two-core machine 5 s is not enough.
    testTimeout: 30_000,
  },
});
