/**
 * Brings Meilisearch up to date with Postgres: every source document whose `indexedAt` is null
 * has its contributions replaced in the index, in batches, each batch's tasks awaited and checked
 * before the documents are marked indexed. If Meilisearch is down the documents simply stay
 * pending; the next ingest, `npm run reindex` or the app's start catches up.
 *
 * A batch is planned from the documents' contribution counts, then read from Postgres and sent in
 * requests of about CONTRIBUTIONS_PER_REQUEST contributions while Meilisearch indexes the batch
 * before (at most two batches' tasks in its queue). A document is marked indexed only if it was not
 * stored again since it was planned (its `ingestedAt` unchanged), so a re-ingest racing an index
 * pass stays pending.
 *
 * Every pass, and `npm run reindex` (rebuildIndex: a new index built beside the live one, then
 * swapped in), holds one index lock (lib/db/run-lock.ts), so passes never mark documents indexed
 * in an index a rebuild is about to replace (docs/decisions/002-meilisearch-and-postgres.md).
 */
import type { EnqueuedTaskPromise, Index, Meilisearch, Settings } from 'meilisearch';
import type { Db } from '../db/client';
import {
  listIndexedDocuments,
  listPendingDocuments,
  markDocumentsIndexed,
  readIndexableRecords,
  type IndexableRecord,
  type PendingDocument,
} from '../db/store';
import { withRunLock, withRunLockWaiting } from '../db/run-lock';
import { ID_PATTERN } from '../ids';
import { deleteIndexIfPresent, ensureIndex, indexExists, SearchIndexError, waitForTask } from '../search/index-admin';
import { toSearchDocuments, type SearchDocument } from '../search/documents';

export interface IndexProgress {
  documents: number;
  contributions: number;
}

export interface IndexOptions {
  /** Contributions per batch (one deletion task, then the additions). */
  batchContributions?: number;
  /** Leave a last, partial batch pending (a background pass during ingest: the final pass takes it). */
  fullBatchesOnly?: boolean;
  onProgress?: (p: IndexProgress) => void;
  /** Build a variant of the index instead of the app's (the settings sweep, scripts/bench/settings-sweep.ts). */
  shape?: IndexShape;
}

/** What an index holds: its settings and the documents made from each record. */
export interface IndexShape {
  settings: Settings;
  toDocuments: (record: IndexableRecord) => SearchDocument[];
}

/**
 * Contributions read and sent at a time. Their rows, search documents and request JSON are all in
 * memory at once (a 10,000-contribution batch in one piece cost the ingest ~80 MB of RSS), while
 * Meilisearch merges a batch's additions, queued one after another, into one indexing run.
 */
export const CONTRIBUTIONS_PER_REQUEST = 2_500;

/**
 * Contributions per batch unless told otherwise; also how many an ingest stores between two
 * background index passes (ingest.ts). Large, because Meilisearch merges each indexing run into
 * the whole index, so the runs' fixed share grows with the index: at 1 M contributions, batches of
 * 10,000 left 222 s of indexing after the last file was stored, batches of 50,000 left 51 s
 * (1,973 → 2,694 contributions/s end to end). At 5 M, batches of 50,000 fell behind the store
 * (indexing ≈ 1,000/s falling to 735/s past 4.6 M, bench/results/2026-11-28-5m-partial.md), hence
 * 200,000 (5 M end to end ≈ 1,400 → 1,526/s, bench/results/2026-11-29-5m.md); at 1 M it changes
 * nothing end to end (2,382 → 2,402/s, same session) and leaves Meilisearch's file 4 % smaller
 * (5,541 → 5,332 bytes per contribution). Memory does not grow with it: a batch is read and sent
 * in pieces (CONTRIBUTIONS_PER_REQUEST).
 */
export const INDEX_BATCH_CONTRIBUTIONS = 200_000;

/** Pending documents looked at per query while a batch is planned. */
const DOCUMENTS_PER_PLAN_QUERY = 100;

/**
 * One index pass: drains what waits into `indexName`, under the index lock (lib/db/run-lock.ts),
 * waiting for it while another pass or a rebuild holds it: a pass that ran beside a rebuild would
 * mark documents indexed in the index the rebuild is about to replace. With `ifBusy: 'skip'` (the
 * app's start-up catch-up, which should not wait out a long reindex) it returns `busy` at once
 * instead: the holder, or the next pass, indexes what waits.
 */
export async function indexPendingDocuments(
  db: Db,
  client: Meilisearch,
  indexName: string,
  options: IndexOptions & { ifBusy?: 'wait' | 'skip' } = {},
): Promise<IndexProgress & { busy?: true }> {
  const pass = async () => drainPending(db, await ensureIndex(client, indexName, options.shape?.settings), options);
  if (options.ifBusy !== 'skip') return withRunLockWaiting(db, 'index', pass);
  return (await withRunLock(db, 'index', pass)) ?? { documents: 0, contributions: 0, busy: true };
}

/** Indexes every waiting document into `index` and marks it indexed (the caller holds the index lock). */
function drainPending(db: Db, index: Index<SearchDocument>, options: IndexOptions): Promise<IndexProgress> {
  return indexInBatches(db, index, listPendingDocuments, { ...options, removeOld: true, afterBatch: (documents) => markDocumentsIndexed(db, documents) });
}

interface BatchRun extends IndexOptions {
  /** Delete each document's contributions before adding them (not needed in a new, empty index). */
  removeOld: boolean;
  /** Runs once a batch's tasks succeeded, before the batch counts as done. */
  afterBatch: (documents: PendingDocument[]) => Promise<void>;
}

type DocumentLister = (db: Db, after: string, limit: number) => Promise<PendingDocument[]>;

async function indexInBatches(db: Db, index: Index<SearchDocument>, list: DocumentLister, options: BatchRun): Promise<IndexProgress> {
  const budget = options.batchContributions ?? INDEX_BATCH_CONTRIBUTIONS;
  const done: IndexProgress = { documents: 0, contributions: 0 };
  let inFlight: Promise<void> | null = null;
  try {
    let after = '';
    for (;;) {
      const { documents, full } = await planBatch(db, list, after, budget);
      if (!documents.length || (!full && options.fullBatchesOnly)) break;
      after = documents[documents.length - 1].id;
      const tasks = await sendBatch(db, index, documents, options.shape?.toDocuments ?? toSearchDocuments, options.removeOld);
      const finished = (async () => {
        for (const t of tasks.enqueued) await waitForTask(t.pending, t.what);
        await options.afterBatch(documents);
        done.documents += documents.length;
        done.contributions += tasks.contributions;
        options.onProgress?.({ ...done });
      })();
      finished.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
      // At most two batches in Meilisearch's queue: the one it is indexing and this one.
      const previous = inFlight;
      inFlight = finished;
      await previous;
      if (!full) break;
    }
    await inFlight;
  } finally {
    await inFlight?.catch(() => {}); // an earlier error wins; nothing is left running
  }
  return done;
}

/** The next listed documents after `after`, in id order, until they hold `budget` contributions. */
async function planBatch(db: Db, list: DocumentLister, after: string, budget: number): Promise<{ documents: PendingDocument[]; full: boolean }> {
  const documents: PendingDocument[] = [];
  let contributions = 0;
  for (;;) {
    const page = await list(db, after, DOCUMENTS_PER_PLAN_QUERY);
    for (const d of page) {
      documents.push(d);
      contributions += d.contributions;
      if (contributions >= budget) return { documents, full: true };
    }
    if (page.length < DOCUMENTS_PER_PLAN_QUERY) return { documents, full: false };
    after = page[page.length - 1].id;
  }
}

/**
 * Enqueues a batch's tasks, in order: the deletion of its documents' old contributions, then their
 * contributions, read and sent in pieces. Each enqueue is awaited before the next request goes out,
 * so Meilisearch registers a later batch's deletion after an earlier batch's additions (a document
 * stored twice ends as stored last).
 */
async function sendBatch(db: Db, index: Index<SearchDocument>, documents: PendingDocument[], toDocuments: IndexShape['toDocuments'], removeOld: boolean) {
  const enqueued = removeOld
    ? [await enqueue(index.deleteDocuments({ filter: documentIdFilter(documents.map((d) => d.id)) }), 'removing old contributions')]
    : [];
  let contributions = 0;
  for (const piece of requestPieces(documents)) {
    const searchDocuments: SearchDocument[] = [];
    for (const r of await readIndexableRecords(
      db,
      piece.map((d) => d.id),
    ))
      for (const d of toDocuments(r)) searchDocuments.push(d);
    if (!searchDocuments.length) continue;
    contributions += searchDocuments.length;
    enqueued.push(await enqueue(index.addDocuments(searchDocuments, { primaryKey: 'id' }), 'indexing contributions'));
  }
  return { enqueued, contributions };
}

/** Runs of consecutive documents holding at most `size` contributions (a larger document alone). */
export function* requestPieces<T extends { contributions: number }>(documents: T[], size = CONTRIBUTIONS_PER_REQUEST): Generator<T[]> {
  let piece: T[] = [];
  let contributions = 0;
  for (const d of documents) {
    if (piece.length && contributions + d.contributions > size) {
      yield piece;
      piece = [];
      contributions = 0;
    }
    piece.push(d);
    contributions += d.contributions;
  }
  if (piece.length) yield piece;
}

/** Waits until Meilisearch has registered the task (not run it); a refused request throws here. */
async function enqueue(pending: EnqueuedTaskPromise, what: string): Promise<{ pending: EnqueuedTaskPromise; what: string }> {
  try {
    await pending;
  } catch (cause) {
    throw new SearchIndexError(`Meilisearch refused ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  return { pending, what };
}

/** The index a rebuild fills beside the live one `indexName` (and, after the swap, the old one until it is deleted). */
export const rebuildIndexName = (indexName: string) => `${indexName}-rebuild`;

/**
 * `npm run reindex`: builds a new index beside the live one and swaps them, so search answers the
 * whole record throughout. Under the index lock (passes wait for it, so none marks a document
 * indexed in the index being replaced):
 * 1. a half-built index left by an interrupted rebuild is deleted; a new one is made and given its
 *    settings before any document goes in;
 * 2. every document the live index holds as stored is copied in from Postgres (nothing is marked:
 *    until the swap, the live index is the one they are in);
 * 3. every waiting document, those stored during step 2 among them, is drained into it;
 * 4. the two are swapped (or, with no live index yet, the new one renamed), and only then are the
 *    drained documents marked indexed (any stored again meanwhile stay waiting for the next pass);
 * 5. the old index is deleted, and its directory with it: Meilisearch gives back the disk.
 * A rebuild stopped anywhere before step 4 leaves the live index as it was.
 */
export async function rebuildIndex(
  db: Db,
  client: Meilisearch,
  indexName: string,
  options: Pick<IndexOptions, 'onProgress' | 'shape' | 'batchContributions'> = {},
): Promise<IndexProgress> {
  const next = rebuildIndexName(indexName);
  return withRunLockWaiting(db, 'index', async () => {
    await deleteIndexIfPresent(client, next);
    const index = await ensureIndex(client, next, options.shape?.settings);
    const copied = await indexInBatches(db, index, listIndexedDocuments, { ...options, removeOld: false, afterBatch: async () => {} });
    const drained: PendingDocument[] = [];
    const progress = (p: IndexProgress) =>
      options.onProgress?.({ documents: copied.documents + p.documents, contributions: copied.contributions + p.contributions });
    const last = await indexInBatches(db, index, listPendingDocuments, {
      ...options,
      onProgress: progress,
      removeOld: true,
      afterBatch: async (documents) => void drained.push(...documents),
    });
    const live = await indexExists(client, indexName);
    await waitForTask(client.swapIndexes([{ indexes: live ? [indexName, next] : [next, indexName], rename: !live }]), `swapping ${next} in for ${indexName}`);
    await markDocumentsIndexed(db, drained);
    if (live) await deleteIndexIfPresent(client, next);
    return { documents: copied.documents + last.documents, contributions: copied.contributions + last.contributions };
  });
}

/** Our own ids only (lib/ids.ts alphabet), checked before they reach a filter. */
function documentIdFilter(ids: string[]): string {
  for (const id of ids) if (!ID_PATTERN.test(id)) throw new Error(`not a document id: ${JSON.stringify(id)}`);
  return `documentId IN [${ids.map((id) => `"${id}"`).join(', ')}]`;
}
