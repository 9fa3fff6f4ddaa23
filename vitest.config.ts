import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'utils/**/*.test.ts',
            'scripts/**/*.test.ts',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.ts',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          // Above the popup tests' longest wait (components/popup/fixtures.test-helpers.ts until).
          testTimeout: 15_000,
        },
      },
      {
        // Checks of the built extension's files (run after `npm run build`).
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A browser on a busy 2-core machine can take over a second for one round trip through
          // the extension's frames and IndexedDB; a broken step still fails, five seconds later.
          expect: { poll: { timeout: 5_000 } },
        },
      },
      {
        // Firefox (Debian's firefox-esr) with the built MV2 extension: `npm run test:firefox`.
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.firefox.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A browser on a busy 2-core machine can take over a second for one round trip through
          // the extension's frames and IndexedDB; a broken step still fails, five seconds later.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
