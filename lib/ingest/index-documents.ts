/**
 * Brings Meilisearch up to date with Postgres: every source document whose `indexedAt` is null
 * has its contributions replaced in the index, in batches, each batch's tasks awaited and checked
 * before the documents are marked indexed. If Meilisearch is down the documents simply stay
 * pending; the next ingest, `npm run reindex` or the app's start catches up.
 */
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import { ensureIndex, waitForTask } from '../search/client';
import { toSearchDocuments, type SearchDocument } from '../search/documents';

export interface IndexProgress {
  documents: number;
  contributions: number;
}

export async function indexPendingDocuments(
  db: Db,
  client: Meilisearch,
  indexName: string,
  options: { batchContributions?: number; onProgress?: (p: IndexProgress) => void } = {},
): Promise<IndexProgress> {
  const index = await ensureIndex(client, indexName);
  const budget = options.batchContributions ?? 20_000;
  const done: IndexProgress = { documents: 0, contributions: 0 };
  for (;;) {
    const pending = await db.sourceDocument.findMany({ where: { indexedAt: null }, select: { id: true }, orderBy: { id: 'asc' }, take: 200 });
    if (!pending.length) break;
    let batchDocs: string[] = [];
    let batch: SearchDocument[] = [];
    const flush = async () => {
      if (!batchDocs.length) return;
      await waitForTask(index.deleteDocuments({ filter: documentIdFilter(batchDocs) }), 'removing old contributions');
      for (let i = 0; i < batch.length; i += 10_000) {
        await waitForTask(index.addDocuments(batch.slice(i, i + 10_000), { primaryKey: 'id' }), 'indexing contributions');
      }
      await db.sourceDocument.updateMany({ where: { id: { in: batchDocs } }, data: { indexedAt: new Date() } });
      done.documents += batchDocs.length;
      done.contributions += batch.length;
      options.onProgress?.({ ...done });
      batchDocs = [];
      batch = [];
    };
    for (const { id } of pending) {
      const records = await db.record.findMany({
        where: { documentId: id },
        include: { contributions: { orderBy: { position: 'asc' } } },
        orderBy: { position: 'asc' },
      });
      batchDocs.push(id);
      for (const r of records) batch.push(...toSearchDocuments(r));
      if (batch.length >= budget) await flush();
    }
    await flush();
  }
  return done;
}

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
