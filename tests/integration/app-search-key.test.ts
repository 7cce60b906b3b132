/**
 * The web processes' Meilisearch key (lib/search/api-keys.ts) against a real Meilisearch: it
 * searches the contributions index and reads its update time (the page cache's version), and
 * everything else is refused: adding, deleting or changing documents and settings, other indexes,
 * and the keys API (which lists every key's value). Made twice, it is the same key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppSearchKey } from '../../lib/search/api-keys';
import { createSearchClient, ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { servicesFromEnv } from '../support/test-services';
import { seedSearchDocuments } from './search-support';

const INDEX = 'it_app_key';
const OTHER = 'it_app_key_other';
const services = servicesFromEnv();
if (!services) throw new Error('test services are not running (run through `npm test -- integration`)');
const admin = createSearchClient(services.meiliUrl, services.meiliKey);

/** The Meilisearch error code a call fails with, or 'succeeded'. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'succeeded';
  } catch (e) {
    return (e as { cause?: { code?: string } }).cause?.code ?? (e instanceof Error ? e.message : String(e));
  }
}

describe('the app search key', () => {
  let key: string;
  beforeAll(async () => {
    for (const name of [INDEX, OTHER]) {
      await admin.deleteIndexIfExists(name);
      const index = await ensureIndex(admin, name);
      await waitForTask(index.addDocuments(seedSearchDocuments()), `indexing the seeds into ${name}`);
    }
    key = await ensureAppSearchKey(admin, INDEX);
  });
  afterAll(async () => {
    for (const name of [INDEX, OTHER]) await admin.deleteIndexIfExists(name);
  });

  it('is not the master key, and the same key on every start', async () => {
    expect(key).not.toBe(services.meiliKey);
    expect(await ensureAppSearchKey(admin, INDEX)).toBe(key);
    expect(await ensureAppSearchKey(admin, OTHER)).not.toBe(key);
  });

  it('searches the index and reads its update time', async () => {
    const app = createSearchClient(services.meiliUrl, key);
    const found = await app.index(INDEX).search('', { limit: 1 });
    expect(found.estimatedTotalHits).toBe(seedSearchDocuments().length);
    expect((await app.index(INDEX).getRawInfo()).updatedAt).toBeTruthy();
  });

  it('cannot add, change or delete documents, change settings, reach other indexes or read keys', async () => {
    const app = createSearchClient(services.meiliUrl, key);
    const index = app.index(INDEX);
    const doc = { ...seedSearchDocuments()[0], id: 'written-by-the-app' };
    const refused = {
      add: await outcome(() => index.addDocuments([doc])),
      update: await outcome(() => index.updateDocuments([doc])),
      deleteOne: await outcome(() => index.deleteDocument(doc.id)),
      deleteAll: await outcome(() => index.deleteAllDocuments()),
      settings: await outcome(() => index.updateSettings({ searchableAttributes: ['id'] })),
      deleteIndex: await outcome(() => app.deleteIndex(INDEX)),
      otherIndex: await outcome(() => app.index(OTHER).search('')),
      createIndex: await outcome(() => app.createIndex('it_app_key_new')),
      keys: await outcome(() => app.getKeys()),
      createKey: await outcome(() => app.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null })),
      tasks: await outcome(() => app.tasks.getTasks()),
    };
    expect(refused).toEqual(Object.fromEntries(Object.keys(refused).map((k) => [k, 'invalid_api_key'])));
    // And nothing changed: the master key still sees exactly the seeds.
    expect((await admin.index(INDEX).search('', { limit: 1 })).estimatedTotalHits).toBe(seedSearchDocuments().length);
  });
});
