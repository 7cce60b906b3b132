/**
 * The index state the search-page cache keys on (lib/server/index-version.ts), against the real
 * services: it must change when a document is stored (the page then says it is pending) and again
 * when Meilisearch has indexed it (the results change).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../lib/ingest/ingest';
import { indexPendingDocuments } from '../../lib/ingest/index-documents';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { createIndexVersionSource } from '../../lib/server/index-version';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { ROOT } from '../support/test-services';
import { getDefaultRegisterIndex } from '../../lib/members';

const rt = testRuntime('it_index_version');
const seed = (name: string) => path.join(ROOT, 'seeds', name);

describe('index version', () => {
  const versions = createIndexVersionSource({ search: rt.search, indexName: rt.indexName, databaseUrl: rt.services.databaseUrl, maxAgeMs: 0 });
  beforeAll(async () => {
    await resetDatabase(rt.db);
    const index = await ensureIndex(rt.search, rt.indexName);
    await waitForTask(index.deleteAllDocuments(), 'clearing the test index');
  });
  afterAll(async () => {
    await versions.close();
    await rt.db.$disconnect();
  });

  it('changes when a document is stored and again when it is indexed, and holds still otherwise', async () => {
    const empty = await versions.current();
    expect(empty).not.toBeNull();
    expect(await versions.current()).toBe(empty);

    expect((await ingestFile(seed('000_e66c5539a422f58f.txt'), rt.db, { olderVersions: [], register: getDefaultRegisterIndex() })).kind).toBe('stored');
    const pending = await versions.current();
    expect(pending).not.toBe(empty);

    await indexPendingDocuments(rt.db, rt.search, rt.indexName);
    const indexed = await versions.current();
    expect(indexed).not.toBe(pending);
    expect(indexed).not.toBe(empty);
    expect(await versions.current()).toBe(indexed);
  });

  it('is reused for maxAgeMs, and null when a service cannot be asked', async () => {
    const cached = createIndexVersionSource({ search: rt.search, indexName: rt.indexName, databaseUrl: rt.services.databaseUrl, maxAgeMs: 60_000 });
    const before = await cached.current();
    expect((await ingestFile(seed('001_637a8e166194ae8f.txt'), rt.db, { olderVersions: [], register: getDefaultRegisterIndex() })).kind).toBe('stored');
    expect(await cached.current()).toBe(before);
    await cached.close();

    const missing = createIndexVersionSource({ search: rt.search, indexName: 'it_no_such_index', databaseUrl: rt.services.databaseUrl, maxAgeMs: 0 });
    expect(await missing.current()).toBeNull();
    await missing.close();
  });
});
