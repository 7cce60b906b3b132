/**
 * Meilisearch down during ingest — from the start, and killed in the middle of indexing: every
 * document still lands in Postgres and waits for the index (indexedAt null), the CLI says
 * "index: not updated …", search says the index is updating instead of silently missing results,
 * and the next ingest or `npm run reindex` catches up until the index equals Postgres.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { countDocuments } from '../../lib/db/store';
import { countPendingDocuments } from '../../lib/db/store';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient } from '../../lib/search/index-admin';
import { ROOT } from '../support/test-services';
import { startApp, type RunningApp } from './support/app';
import { readSeeds, writeSeedCorpus } from './support/corpus';
import { recordFigures } from './support/figures';
import { runScript, spawnScript } from './support/processes';
import { FaultServices, FAULTS_DIR } from './support/services';
import { checkStore, compareIds, expectDocuments, indexedIds } from './support/verify';
import { listSearchDocumentIds } from '../support/inventory';
import { getDefaultRegisterIndex } from '../../lib/members';

const INDEX = 'faults_meili_down';
const SEED_FILES = readSeeds().map((s) => path.join(ROOT, 'seeds', s.name));
let partOne: string[] = [];
const services = new FaultServices('meilisearch-down', 2);
let db: Db;
let app: RunningApp | undefined;

async function indexEqualsStore() {
  const ids = compareIds(await listSearchDocumentIds(db), await indexedIds(createSearchClient(services.meiliUrl, services.meiliKey), INDEX));
  return { ...ids, ok: !ids.missingFromIndex.length && !ids.notInStore.length && !ids.duplicatesInIndex };
}

async function api(q: string) {
  const res = await fetch(`${app!.url}/api/search?q=${encodeURIComponent(q)}`);
  return { status: res.status, body: await res.json() };
}

describe('Meilisearch down during ingest', () => {
  beforeAll(async () => {
    await services.start();
    db = createDb(services.databaseUrl, 2);
    const seeded = await ingestPaths([path.join(ROOT, 'seeds')], {
      db,
      search: { client: createSearchClient(services.meiliUrl, services.meiliKey), indexName: INDEX },
      register: getDefaultRegisterIndex(),
    });
    expect(seeded.failed).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await db?.$disconnect();
    await services.stop();
  });

  it('down from the start: stored and waiting, search says so, the next ingest catches up', async () => {
    const dir = path.join(FAULTS_DIR, 'meili-down-a');
    const files = writeSeedCorpus(dir, 30);
    partOne = files;
    await services.stopMeilisearch();
    const run = await runScript('ingest.ts', [dir], services.env(INDEX), 120_000);
    expect(run.code).toBe(0); // no file failed; the index is behind, which the run says
    expect(run.stdout).toMatch(/30 stored/);
    expect(run.stderr).toMatch(/^index: not updated \(.+\); the documents are stored and wait for the index/m);
    const check = await checkStore(db, expectDocuments([...SEED_FILES, ...files]));
    expect(check.problems).toEqual([]);
    expect(await countPendingDocuments(db)).toBe(30);

    // The app while Meilisearch is down: a clear 503, not an empty result. (Started with the key as
    // given: the search-only key cannot be made while Meilisearch is down.)
    app = await startApp(services.ports.app, services.env(INDEX), 'as-given');
    const down = await api('faultdoc1');
    expect(down.status).toBe(503);
    expect(down.body.error).toMatch(/temporarily unavailable/);
    const downPage = await fetch(`${app.url}/search?q=faultdoc1`).then((r) => r.text());
    expect(downPage).toContain('Search is temporarily unavailable');

    // Back up, but behind: results for the new documents are missing, and search says why.
    await services.startMeilisearch();
    const behind = await api('faultdoc1');
    expect(behind.status).toBe(200);
    expect(behind.body.indexUpdating).toBe(true);
    expect(behind.body.total).toBe(0);
    const page = (await fetch(`${app.url}/search?q=faultdoc1`).then((r) => r.text())).replaceAll('<!-- -->', '');
    expect(page).toMatch(/The search index is updating: 30 recently added documents are not searchable yet/);

    const catchUp = await runScript('ingest.ts', [dir], services.env(INDEX), 120_000);
    expect(catchUp.code).toBe(0);
    expect(catchUp.stdout).toMatch(/30 unchanged/);
    expect(catchUp.stdout).toMatch(/index: \d+ contributions from 30 documents indexed/);
    expect(await countPendingDocuments(db)).toBe(0);
    expect((await indexEqualsStore()).ok).toBe(true);
    const after = await api('faultdoc1');
    expect(after.body.indexUpdating).toBe(false);
    expect(after.body.total).toBeGreaterThan(0);
  }, 240_000);

  it('killed in the middle of indexing: the run reports it, `npm run reindex` restores the index', async () => {
    const dir = path.join(FAULTS_DIR, 'meili-down-b');
    const files = writeSeedCorpus(dir, 120, 'midkill');
    const run = spawnScript('ingest.ts', [dir], services.env(INDEX));
    // Wait until storing is done and indexing has begun, then kill Meilisearch outright.
    const expectedDocs = 5 + 30 + 120; // seeds, part one, these
    while (!run.exited() && (await countDocuments(db)) < expectedDocs) await new Promise((r) => setTimeout(r, 20));
    await services.killMeilisearch();
    const finished = await run.done;
    expect(finished.code).toBe(0);
    expect(finished.stderr).toMatch(/^index: not updated/m);
    const pending = await countPendingDocuments(db);
    expect(pending).toBeGreaterThan(0);
    expect((await checkStore(db, expectDocuments([...SEED_FILES, ...partOne, ...files]))).problems).toEqual([]);

    await services.startMeilisearch();
    const reindex = await runScript('reindex.ts', [], services.env(INDEX), 180_000);
    expect(reindex.code).toBe(0);
    expect(reindex.stdout).toMatch(/^reindex: \d+ contributions from \d+ documents/m);
    expect(await countPendingDocuments(db)).toBe(0);
    const equal = await indexEqualsStore();
    expect(equal.missingFromIndex).toEqual([]);
    expect(equal.notInStore).toEqual([]);
    expect(equal.duplicatesInIndex).toBe(0);

    recordFigures('meilisearch-down', {
      outages: 2,
      documentsIngestedWhileDown: 30,
      documentsPendingAfterMidIndexKill: pending,
      recordsLost: 0,
      indexEqualsPostgresAfterCatchUp: true,
      contributionsIndexed: (await listSearchDocumentIds(db)).length,
    });
  }, 240_000);
});
