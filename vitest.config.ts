import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      // `server-only` throws outside React Server Components; tests run the
      // same server modules directly.
      'server-only': path.join(root, 'tests/support/server-only.ts'),
      '@': root,
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    // Two cores: two workers, one database per test file.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['tests/support/console-guard.ts'],
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          // tests/fuzz: 1,000 generated inputs per way in (docs/decisions/028-fuzzing.md).
          include: ['tests/integration/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
          globalSetup: ['tests/support/global-db.ts'],
          setupFiles: ['tests/support/console-guard.ts', 'tests/support/test-db.ts'],
          testTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          // Real server processes of the production build, each on a
          // PostgreSQL of its own: faults, load, several instances
          // (docs/decisions/036). The build is made first, once.
          name: 'servers',
          include: ['tests/servers/**/*.test.ts'],
          globalSetup: ['tests/support/global-build.ts'],
          setupFiles: ['tests/support/console-guard.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
