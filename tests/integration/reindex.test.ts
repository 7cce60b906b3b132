/**
 * `npm run reindex` builds beside the live index and swaps: search answers the whole record while
 * it runs, an ingest running at the same time loses nothing, and a rebuild killed part-way leaves
 * the live index as it was (the next one deletes the half-built index).
 */
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { countSearchDocuments, listContributions, listSearchDocumentIds } from '../support/inventory';
import { countPendingDocuments } from '../../lib/db/store';
import { rebuildIndex, rebuildIndexName } from '../../lib/ingest/index-documents';
import { indexExists } from '../../lib/search/index-admin';
import { exitOf, spawnCommand } from '../support/alerts';
import { ingestInto, SEEDS_DIR, testRuntime } from '../support/fixtures';
import { ROOT } from '../support/test-services';
import { withEmptyRuntime } from './runtime-support';

const rt = testRuntime('it_reindex');
const xml = (folder: string) => path.join(ROOT, 'hansard', 'scrapedxml', folder);
/** Stored and indexed before the rebuild starts. */
const FIRST = [SEEDS_DIR, xml('debates'), xml('wrans'), xml('lordspages'), xml('wms')];
/** Ingested while the rebuild runs. */
const DURING = [xml('westminhall'), xml('lordswrans'), xml('standing'), xml('lordswms')];

/** What search answers for everything: the exact hit count. */
const searchCount = async () => (await rt.search.index(rt.indexName).search('', { page: 1, hitsPerPage: 1 })).totalHits;

/** Every document id the index holds (contributions and divisions). */
async function indexedIds(): Promise<string[]> {
  const { results } = await rt.search.index(rt.indexName).getDocuments({ fields: ['id'], limit: 100_000 });
  return results.map((d) => String(d.id)).sort();
}

describe('npm run reindex, built beside the live index', () => {
  withEmptyRuntime(rt);

  it('answers the full count throughout while another ingest runs, and ends holding every document', async () => {
    const first = await ingestInto(rt, FIRST);
    expect(first.failed).toEqual([]);
    const before = await countSearchDocuments(rt.db);
    const contributionsBefore = (await listContributions(rt.db)).length;
    expect(await searchCount()).toBe(before);

    const counts: number[] = [];
    const errors: string[] = [];
    let rebuilding = true;
    const polling = (async () => {
      while (rebuilding) {
        await searchCount().then(
          (n) => counts.push(n),
          (e: Error) => errors.push(e.message),
        );
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    let ingesting: ReturnType<typeof ingestInto> | null = null;
    // Small batches: the rebuild takes many steps, and the ingest starts once the first has landed.
    const rebuilt = rebuildIndex(rt.db, rt.search, rt.indexName, {
      batchContributions: 300,
      onProgress: () => {
        ingesting ??= ingestInto(rt, DURING);
      },
    }).finally(() => {
      rebuilding = false;
    });
    const done = await rebuilt;
    await polling;
    const during = await ingesting!;
    expect(during.failed).toEqual([]);
    expect(during.stored).toBeGreaterThan(0);

    expect(errors).toEqual([]);
    expect(counts.length).toBeGreaterThan(1);
    // Never less than the record as it stood when the rebuild began (the old reindex emptied it).
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(before);
    expect(done.contributions).toBeGreaterThanOrEqual(before);

    expect((await listContributions(rt.db)).length).toBe(contributionsBefore + during.contributions);
    expect(await countPendingDocuments(rt.db)).toBe(0);
    expect(await indexedIds()).toEqual(await listSearchDocumentIds(rt.db));
    expect(await indexExists(rt.search, rebuildIndexName(rt.indexName))).toBe(false);
  });

  it('leaves the live index as it was when killed part-way, and the next run clears the half-built one', async () => {
    const total = await countSearchDocuments(rt.db);
    const idsBefore = await indexedIds();
    expect(idsBefore.length).toBe(total);
    // Hold the documents table so the child's rebuild stops at its first read, after making its
    // index: then it is killed there, part-way for certain.
    const holder = new pg.Client({ connectionString: rt.services.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE "SourceDocument" IN ACCESS EXCLUSIVE MODE');
      const child = spawnCommand(rt, 'reindex.ts', [], {});
      const exited = exitOf(child);
      const half = rebuildIndexName(rt.indexName);
      while (!(await indexExists(rt.search, half))) await new Promise((r) => setTimeout(r, 20));
      const waiting = async () =>
        Number(
          (
            await holder.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted AND c.relname = 'SourceDocument'`,
            )
          ).rows[0].n,
        );
      while ((await waiting()) === 0) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      expect((await exited).signal).toBe('SIGKILL');
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
    }
    expect(await indexExists(rt.search, rebuildIndexName(rt.indexName))).toBe(true);
    expect(await searchCount()).toBe(total);
    expect(await indexedIds()).toEqual(idsBefore);

    // The lock died with the killed run's connection: the next run goes ahead, and cleans up.
    const done = await rebuildIndex(rt.db, rt.search, rt.indexName);
    expect(done.contributions).toBe(total);
    expect(await indexExists(rt.search, rebuildIndexName(rt.indexName))).toBe(false);
    expect(await indexedIds()).toEqual(idsBefore);
    expect(await countPendingDocuments(rt.db)).toBe(0);
  });

  it('with no live index yet, builds one under the name asked for', async () => {
    const fresh = `${rt.indexName}_fresh`;
    await rt.search.deleteIndexIfExists(fresh);
    try {
      const done = await rebuildIndex(rt.db, rt.search, fresh);
      expect(done.contributions).toBe(await countSearchDocuments(rt.db));
      expect((await rt.search.index(fresh).getStats()).numberOfDocuments).toBe(done.contributions);
      expect(await indexExists(rt.search, rebuildIndexName(fresh))).toBe(false);
    } finally {
      await rt.search.deleteIndexIfExists(fresh);
    }
  });
});
