import { describe, expect, it } from 'vitest';
import { countContributions, listContributions, listRecords } from '../support/inventory';
import { countPendingDocuments, markAllDocumentsPending } from '../../lib/db/store';
import { indexPendingDocuments, rebuildIndex } from '../../lib/ingest/index-documents';
import { waitForTask } from '../../lib/search/index-admin';
import { ingestInto, SEEDS_DIR, testRuntime } from '../support/fixtures';
import { withEmptyRuntime } from './runtime-support';

const rt = testRuntime('it_ingest');

async function snapshotIds() {
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
  return { records: ids(await listRecords(rt.db)), contributions: ids(await listContributions(rt.db)) };
}

describe('ingest of seeds/ into real Postgres and Meilisearch', () => {
  withEmptyRuntime(rt);

  it('stores every seed document and indexes every contribution', async () => {
    const summary = await ingestInto(rt, [SEEDS_DIR]);
    expect(summary.failed).toEqual([]);
    expect(summary.stored).toBe(5);
    const contributions = await countContributions(rt.db);
    expect(contributions).toBe(summary.contributions);
    expect(summary.indexed?.contributions).toBe(contributions);
    const stats = await rt.search.index(rt.indexName).getStats();
    expect(stats.numberOfDocuments).toBe(contributions);
    expect(await countPendingDocuments(rt.db)).toBe(0);
  });

  it('finds answers by Vernon Coaker among at least 15 hits for "trafficking"', async () => {
    const result = await rt.search.index(rt.indexName).search('trafficking', { hitsPerPage: 100, page: 1 });
    expect(result.totalHits).toBeGreaterThanOrEqual(15);
    expect(result.hits.some((h) => h.speakerName === 'Vernon Coaker' && h.type === 'answer')).toBe(true);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await snapshotIds();
    const summary = await ingestInto(rt, [SEEDS_DIR]);
    expect(summary.unchanged).toBe(5);
    expect(summary.stored).toBe(0);
    expect(await snapshotIds()).toEqual(before);
  });

  it('rebuilds the index from Postgres with the same documents', async () => {
    const done = await rebuildIndex(rt.db, rt.search, rt.indexName);
    expect(done.contributions).toBe(await countContributions(rt.db));
    const stats = await rt.search.index(rt.indexName).getStats();
    expect(stats.numberOfDocuments).toBe(done.contributions);
  });

  it('indexes in batches, and a pass of full batches only leaves a partial last batch pending', async () => {
    const total = await countContributions(rt.db);
    await markAllDocumentsPending(rt.db);
    await waitForTask(rt.search.index(rt.indexName).deleteAllDocuments(), 'clearing the test index');
    const partial = await indexPendingDocuments(rt.db, rt.search, rt.indexName, { batchContributions: total + 1, fullBatchesOnly: true });
    expect(partial).toEqual({ documents: 0, contributions: 0 });
    expect(await countPendingDocuments(rt.db)).toBe(5);

    const progress: number[] = [];
    const done = await indexPendingDocuments(rt.db, rt.search, rt.indexName, { batchContributions: 1, onProgress: (p) => progress.push(p.documents) });
    expect(done).toEqual({ documents: 5, contributions: total });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(5);
    expect(await countPendingDocuments(rt.db)).toBe(0);
    expect((await rt.search.index(rt.indexName).getStats()).numberOfDocuments).toBe(total);
  });

  it('links each answer to the question it answers', async () => {
    const stored = await listContributions(rt.db);
    const answers = stored.filter((c) => c.type === 'answer' && c.speakerName === 'Vernon Coaker');
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) {
      expect(a.answersIds.length).toBeGreaterThan(0);
      const questions = stored.filter((c) => a.answersIds.includes(c.id));
      expect(questions).toHaveLength(a.answersIds.length);
      expect(questions.every((q) => q.type === 'question' && q.recordId === a.recordId && q.position < a.position)).toBe(true);
    }
  });
});
