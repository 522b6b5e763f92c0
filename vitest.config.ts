import { defineConfig } from 'vitest/config';

/** Every project's temporary folders go under one folder that is removed when the run ends. */
const TEMP_ROOT = 'tests/support/temp-root.ts';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: [TEMP_ROOT],
        },
      },
      {
        // Whole `astro build` runs over hostile content: slower than units, no browser.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: [TEMP_ROOT],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One built site and one browser serve every e2e file.
          globalSetup: [TEMP_ROOT, 'tests/e2e/setup/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
