/**
 * Real Postgres and Meilisearch for integration and end-to-end tests, started the way `npm start`
 * starts them but with their own data dir and ports, so tests never touch the dev data. When the
 * test runner (scripts/test.ts) already started them it passes their URLs in TEST_* variables.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OwnServices, startOwnServices } from '../../lib/embedded/own-services';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * TEST_SLOT=n gives a test run its own data dir, ports and build dir, so that several runs (several
 * developers on one machine) never share state. Slot 0 is the default.
 */
export const TEST_SLOT = Number(process.env.TEST_SLOT ?? 0);
export const TEST_DATA_DIR = path.join(ROOT, TEST_SLOT ? `.test-data-${TEST_SLOT}` : '.test-data');
export const TEST_PORTS = {
  pg: Number(process.env.TEST_PG_PORT ?? 15439 + TEST_SLOT * 10),
  meili: Number(process.env.TEST_MEILI_PORT ?? 7709 + TEST_SLOT * 10),
  app: Number(process.env.E2E_PORT ?? 3107 + TEST_SLOT * 10),
};
/** Where the app is built for end-to-end tests (next.config.ts reads NEXT_DIST_DIR). */
export const TEST_DIST_DIR = TEST_SLOT ? `.next-test-${TEST_SLOT}` : '.next';

export type TestServices = OwnServices;

export function servicesFromEnv(): Omit<TestServices, 'stop'> | null {
  const { TEST_DATABASE_URL, TEST_MEILI_URL, TEST_MEILI_KEY } = process.env;
  return TEST_DATABASE_URL && TEST_MEILI_URL && TEST_MEILI_KEY ? { databaseUrl: TEST_DATABASE_URL, meiliUrl: TEST_MEILI_URL, meiliKey: TEST_MEILI_KEY } : null;
}

export async function startTestServices(options: { fresh?: boolean } = {}): Promise<TestServices> {
  const existing = servicesFromEnv();
  if (existing) return { ...existing, stop: async () => {} };
  if (options.fresh) rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  return startOwnServices({ dataDir: TEST_DATA_DIR, pgPort: TEST_PORTS.pg, meiliPort: TEST_PORTS.meili });
}

export function exportServices(s: Omit<TestServices, 'stop'>): void {
  process.env.TEST_DATABASE_URL = s.databaseUrl;
  process.env.TEST_MEILI_URL = s.meiliUrl;
  process.env.TEST_MEILI_KEY = s.meiliKey;
  // The key of alert hashes (lib/alerts/tokens.ts) for the tests and the app they start, rather than
  // one generated into the default DATA_DIR (.data/, `npm start`'s own).
  process.env.ALERTS_SECRET ??= 'test-alerts-secret-of-at-least-32-characters';
}
