/** Helpers for tests that use the real services: a db client, a search client, a clean slate. */
import path from 'node:path';
import { createDb, type Db } from '../../lib/db/client';
import { deleteAllDocuments } from './inventory';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient, ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { ROOT, servicesFromEnv } from './test-services';
import { getDefaultRegisterIndex } from '../../lib/members';

export const SEEDS_DIR = path.join(ROOT, 'seeds');

export function testRuntime(indexName: string) {
  const s = servicesFromEnv();
  if (!s) throw new Error('test services are not running (run through `npm test` or vitest with the integration project)');
  const db = createDb(s.databaseUrl);
  const search = createSearchClient(s.meiliUrl, s.meiliKey);
  return { db, search, indexName, services: s };
}

export type TestRuntime = ReturnType<typeof testRuntime>;

/**
 * Points the app's settings at this runtime's services. The routes read them through lib/env.ts,
 * once, on first use: call this before importing a route or proxy.ts.
 */
export function pointRoutesAt(rt: TestRuntime): void {
  Object.assign(process.env, {
    DATABASE_URL: rt.services.databaseUrl,
    MEILI_URL: rt.services.meiliUrl,
    MEILI_MASTER_KEY: rt.services.meiliKey,
    MEILI_INDEX: rt.indexName,
  });
}

/** Empties every table and the runtime's search index: a known, empty state for a test file. */
export async function resetStores(rt: TestRuntime): Promise<void> {
  await resetDatabase(rt.db);
  const index = await ensureIndex(rt.search, rt.indexName);
  await waitForTask(index.deleteAllDocuments(), 'clearing the test index');
}

/** Empties every table, for a test that needs a known state. */
export async function resetDatabase(db: Db): Promise<void> {
  await deleteAllDocuments(db);
}

/** Empties every table and the runtime's search index (created with its settings if missing). */
export async function resetDatabaseAndIndex(rt: TestRuntime): Promise<void> {
  await resetDatabase(rt.db);
  const index = await ensureIndex(rt.search, rt.indexName);
  await waitForTask(index.deleteAllDocuments(), `clearing the test index ${rt.indexName}`);
}

/** Ingests files or folders into the runtime's database and search index, as the ingest command does. */
export function ingestInto(rt: TestRuntime, paths: string[]) {
  return ingestPaths(paths, { db: rt.db, search: { client: rt.search, indexName: rt.indexName }, register: getDefaultRegisterIndex() });
}

/** A clean slate holding only what `paths` (the seeds unless told) ingest to; throws naming any file that failed. */
export async function seedRuntime(rt: TestRuntime, paths: string[] = [SEEDS_DIR]) {
  await resetDatabaseAndIndex(rt);
  const summary = await ingestInto(rt, paths);
  if (summary.failed.length > 0) throw new Error(`ingest failed: ${JSON.stringify(summary.failed)}`);
  return summary;
}
