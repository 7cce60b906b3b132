import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  // pages' data modules import 'server-only'; tests run them in Node, where it must be a no-op
  'server-only': fileURLToPath(new URL('./tests/server-only-stub.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // The timeouts here only stop a hung test; they are not speed checks (those compare costs measured
      // in the same run: tests/support/parse-cost.ts), so they leave room for a slow, busy machine.
      {
        resolve: { alias },
        // Alert hashes need a key (lib/alerts/tokens.ts): a test one, not one generated into .data/.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          env: { ALERTS_SECRET: 'unit-alerts-secret-of-at-least-32-characters' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // `npm run test:faults` (scripts/test-faults.ts): kills, outages, fuzzing and load. Each file
        // starts and stops its own services (tests/faults/support/services.ts), one file at a time.
        resolve: { alias },
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
