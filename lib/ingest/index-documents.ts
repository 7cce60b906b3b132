/**
 * Brings Meilisearch up to date with Postgres: every source document whose `indexedAt` is null
 * has its contributions replaced in the index, in batches, each batch's tasks awaited and checked
 * before the documents are marked indexed. If Meilisearch is down the documents simply stay
 * pending; the next ingest, `npm run reindex` or the app's start catches up.
 *
 * One batch is read from Postgres while Meilisearch indexes the one before (at most two batches'
 * tasks in its queue). A document is marked indexed only if it was not stored again since it was
 * read (its `ingestedAt` unchanged), so a re-ingest racing an index pass stays pending.
 */
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import { ensureIndex, SearchIndexError, waitForTask } from '../search/client';
import { toSearchDocuments, type IndexableRecord, type SearchDocument } from '../search/documents';

export interface IndexProgress {
  documents: number;
  contributions: number;
}

export interface IndexOptions {
  /** Contributions per batch (one deletion and one addition task). */
  batchContributions?: number;
  /** Leave a last, partial batch pending (a background pass during ingest: the final pass takes it). */
  fullBatchesOnly?: boolean;
  onProgress?: (p: IndexProgress) => void;
}

const DOCUMENTS_PER_READ = 10;

interface PendingDocument {
  id: string;
  ingestedAt: Date;
}

export async function indexPendingDocuments(db: Db, client: Meilisearch, indexName: string, options: IndexOptions = {}): Promise<IndexProgress> {
  const index = await ensureIndex(client, indexName);
  const budget = options.batchContributions ?? 10_000;
  const done: IndexProgress = { documents: 0, contributions: 0 };
  let inFlight: Promise<void> | null = null;
  const settle = async () => {
    const previous = inFlight;
    inFlight = null;
    await previous;
  };

  /** Enqueues a batch's tasks, in order, and returns the wait for them and the marking. */
  const send = async (docs: PendingDocument[], batch: SearchDocument[]): Promise<{ finished: Promise<void> }> => {
    // Each enqueue is awaited before the next request goes out, so Meilisearch registers a later
    // batch's deletion after an earlier batch's additions (a document stored twice ends as stored last).
    const tasks = [await enqueue(index.deleteDocuments({ filter: documentIdFilter(docs.map((d) => d.id)) }), 'removing old contributions')];
    for (let i = 0; i < batch.length; i += 10_000) tasks.push(await enqueue(index.addDocuments(batch.slice(i, i + 10_000), { primaryKey: 'id' }), 'indexing contributions'));
    const contributions = batch.length;
    const finished = (async () => {
      for (const t of tasks) await waitForTask(t.pending, t.what);
      await markIndexed(db, docs);
      done.documents += docs.length;
      done.contributions += contributions;
      options.onProgress?.({ ...done });
    })();
    finished.catch(() => {}); // awaited by the caller; this only keeps an early failure from going unhandled
    return { finished };
  };

  try {
    let after = '';
    let docs: PendingDocument[] = [];
    let batch: SearchDocument[] = [];
    for (;;) {
      // A page of documents is read whole (rows and search documents in memory at once): day files
      // hold thousands of contributions each, so 100 of them could mean hundreds of MB of heap.
      const pending = await db.sourceDocument.findMany({ where: { indexedAt: null, id: { gt: after } }, select: { id: true, ingestedAt: true }, orderBy: { id: 'asc' }, take: DOCUMENTS_PER_READ });
      for (const [id, records] of await readRecords(db, pending.map((d) => d.id))) {
        docs.push(pending.find((d) => d.id === id)!);
        for (const r of records) for (const d of toSearchDocuments(r)) batch.push(d);
        if (batch.length >= budget) {
          // At most two batches in Meilisearch's queue: the one it is indexing and this one.
          const { finished: next } = await send(docs, batch);
          await settle();
          inFlight = next;
          docs = [];
          batch = [];
        }
      }
      if (pending.length < DOCUMENTS_PER_READ) break;
      after = pending[pending.length - 1].id;
    }
    if (docs.length && !options.fullBatchesOnly) {
      const { finished: last } = await send(docs, batch);
      await settle();
      inFlight = last;
    }
    await settle();
  } finally {
    await inFlight?.catch(() => {}); // an earlier error wins; nothing is left running
  }
  return done;
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

/** Marks documents indexed, unless one was stored again since it was read. */
async function markIndexed(db: Db, docs: PendingDocument[]): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "SourceDocument" s SET "indexedAt" = (now() AT TIME ZONE 'UTC')
     FROM unnest($1::text[], $2::text[]) AS v(id, at)
     WHERE s.id = v.id AND s."ingestedAt" = v.at::timestamp(3) AND s."indexedAt" IS NULL`,
    docs.map((d) => d.id),
    docs.map((d) => d.ingestedAt.toISOString()),
  );
}

/**
 * The documents' records with their contributions, in one query: Prisma's nested findMany per
 * document cost more Node CPU than building the search documents.
 */
async function readRecords(db: Db, documentIds: string[]): Promise<Map<string, IndexableRecord[]>> {
  const byDocument = new Map<string, IndexableRecord[]>(documentIds.map((id) => [id, []]));
  if (!documentIds.length) return byDocument;
  const rows = await db.$queryRawUnsafe<RecordRow[]>(
    `SELECT r.id AS "recordId", r."documentId", r.title, r.kind, r.house, to_char(r.date, 'YYYY-MM-DD') AS "recordDate", r.department,
            c.id, c.position, c."speakerName", c.role, c.party, c.constituency, c.type, to_char(c.date, 'YYYY-MM-DD') AS date, c.time, c.text,
            c."personId", c."resolvedName", c."resolvedParty", c."resolvedConstituency", c."resolvedMinister", c."resolutionStatus"
     FROM "Record" r LEFT JOIN "Contribution" c ON c."recordId" = r.id
     WHERE r."documentId" = ANY($1::text[])
     ORDER BY r."documentId", r.position, c.position`,
    documentIds,
  );
  let current = null as IndexableRecord | null;
  for (const row of rows) {
    if (current?.id !== row.recordId) {
      current = { id: row.recordId, documentId: row.documentId, title: row.title, kind: row.kind, house: row.house, date: toDate(row.recordDate), department: row.department, contributions: [] };
      byDocument.get(row.documentId)!.push(current);
    }
    if (row.id === null) continue; // a record without contributions
    current.contributions.push({
      id: row.id,
      position: row.position!,
      speakerName: row.speakerName,
      role: row.role,
      party: row.party,
      constituency: row.constituency,
      type: row.type!,
      date: toDate(row.date),
      time: row.time,
      text: row.text!,
      personId: row.personId,
      resolvedName: row.resolvedName,
      resolvedParty: row.resolvedParty,
      resolvedConstituency: row.resolvedConstituency,
      resolvedMinister: row.resolvedMinister,
      resolutionStatus: row.resolutionStatus,
    });
  }
  return byDocument;
}

interface RecordRow {
  recordId: string;
  documentId: string;
  title: string;
  kind: string;
  house: string | null;
  recordDate: string | null;
  department: string | null;
  id: string | null;
  position: number | null;
  speakerName: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  type: string | null;
  date: string | null;
  time: string | null;
  text: string | null;
  personId: string | null;
  resolvedName: string | null;
  resolvedParty: string | null;
  resolvedConstituency: string | null;
  resolvedMinister: boolean | null;
  resolutionStatus: string | null;
}

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Marks every document for re-indexing and empties the index: `npm run reindex`. */
export async function rebuildIndex(db: Db, client: Meilisearch, indexName: string, options: { onProgress?: (p: IndexProgress) => void } = {}): Promise<IndexProgress> {
  const index = await ensureIndex(client, indexName);
  await db.sourceDocument.updateMany({ data: { indexedAt: null } });
  await waitForTask(index.deleteAllDocuments(), 'emptying the index');
  return indexPendingDocuments(db, client, indexName, options);
}

export async function countPendingDocuments(db: Db): Promise<number> {
  return db.sourceDocument.count({ where: { indexedAt: null } });
}

/** Our own ids only (lib/ids.ts alphabet), checked before they reach a filter. */
function documentIdFilter(ids: string[]): string {
  for (const id of ids) if (!/^[a-z2-9]{12}$/.test(id)) throw new Error(`not a document id: ${JSON.stringify(id)}`);
  return `documentId IN [${ids.map((id) => `"${id}"`).join(', ')}]`;
}
