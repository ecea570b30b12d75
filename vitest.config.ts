import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { builtInPanelMessages } from './wxt.config';

// The project's `@/` imports, for the suites that run without WXT's plugin (the reference platform's code imports them).
const projectRoot = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  test: {
    // The fault suite's table of what it tried and what it cost, printed after the run.
    reporters: ['default', './tests/faults/support/fault-table-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest(), builtInPanelMessages()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // Fixture pages link their stylesheet and script, and the panel frames its work page: none is
          // served to unit tests (the real browser runs them), and happy-dom logged each failed fetch
          // with its stack, 68 per run. Not fetched now, and nothing to log.
          environmentOptions: {
            happyDOM: {
              settings: {
                disableCSSFileLoading: true,
                disableJavaScriptFileLoading: true,
                handleDisabledFileLoadingAsSuccess: true,
                navigation: { disableChildFrameNavigation: true },
              },
            },
          },
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        resolve: { alias: projectRoot },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: projectRoot },
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Hundreds of worker stops and a score of browser relaunches per test.
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
