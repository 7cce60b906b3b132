/** Helpers for tests that use the real services: a db client, a search client, a clean slate. */
import { createDb, type Db } from '../../lib/db/client';
import { deleteAllDocuments } from '../../lib/db/inventory';
import { createSearchClient } from '../../lib/search/index-admin';
import { servicesFromEnv } from './test-services';

export function testRuntime(indexName: string) {
  const s = servicesFromEnv();
  if (!s) throw new Error('test services are not running (run through `npm test` or vitest with the integration project)');
  const db = createDb(s.databaseUrl);
  const search = createSearchClient(s.meiliUrl, s.meiliKey);
  return { db, search, indexName, services: s };
}

/** Empties every table, for a test that needs a known state. */
export async function resetDatabase(db: Db): Promise<void> {
  await deleteAllDocuments(db);
}
