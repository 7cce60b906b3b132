/**
 * The outbox to the search index: a source document whose `indexedAt` is null waits for
 * Meilisearch (storing a document sets it so, lib/db/store/store-document.ts). The index stage
 * (lib/ingest/index-documents.ts) lists what waits and marks it indexed; a register import marks
 * re-resolved documents pending; `npm run reindex` copies what is indexed into a new index and
 * drains what waits into it; search pages and the page cache count what waits.
 */
import type { Db } from '../client';

export interface PendingDocument {
  id: string;
  /** As Postgres prints it: compared back verbatim when the document is marked indexed. */
  ingestedAt: string;
  contributions: number;
}

/** Up to `limit` waiting documents after id `after`, in id order, with their contribution counts. */
export async function listPendingDocuments(db: Db, after: string, limit: number): Promise<PendingDocument[]> {
  return listDocuments(db, 'IS NULL', after, limit);
}

/**
 * Up to `limit` documents the index holds as stored, after id `after`, in id order: what a rebuild
 * copies into its new index (lib/ingest/index-documents.ts rebuildIndex); it drains the waiting
 * ones itself.
 */
export async function listIndexedDocuments(db: Db, after: string, limit: number): Promise<PendingDocument[]> {
  return listDocuments(db, 'IS NOT NULL', after, limit);
}

async function listDocuments(db: Db, indexed: 'IS NULL' | 'IS NOT NULL', after: string, limit: number): Promise<PendingDocument[]> {
  return db.$queryRawUnsafe<PendingDocument[]>(
    `SELECT d.id, d."ingestedAt"::text AS "ingestedAt",
            (SELECT count(*)::int FROM "Record" r JOIN "Contribution" c ON c."recordId" = r.id WHERE r."documentId" = d.id) AS contributions
     FROM "SourceDocument" d WHERE d."indexedAt" ${indexed} AND d.id > $1 ORDER BY d.id LIMIT $2`,
    after,
    limit,
  );
}

/** Marks documents indexed, unless one was stored again since it was listed (its `ingestedAt` changed): that one stays pending. */
export async function markDocumentsIndexed(db: Db, docs: Array<Pick<PendingDocument, 'id' | 'ingestedAt'>>): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "SourceDocument" s SET "indexedAt" = (now() AT TIME ZONE 'UTC')
     FROM unnest($1::text[], $2::text[]) AS v(id, at)
     WHERE s.id = v.id AND s."ingestedAt" = v.at::timestamp(3) AND s."indexedAt" IS NULL`,
    docs.map((d) => d.id),
    docs.map((d) => d.ingestedAt),
  );
}

/** Documents waiting for the index. */
export async function countPendingDocuments(db: Db): Promise<number> {
  return db.sourceDocument.count({ where: { indexedAt: null } });
}

/** Every document waits for the index again (a test that indexes everything afresh; `npm run reindex` no longer does this). */
export async function markAllDocumentsPending(db: Db): Promise<void> {
  await db.sourceDocument.updateMany({ data: { indexedAt: null } });
}

/** These documents wait for the index again (their contributions changed in place). */
export async function markDocumentsPending(db: Db, documentIds: string[]): Promise<void> {
  if (documentIds.length) await db.sourceDocument.updateMany({ where: { id: { in: documentIds } }, data: { indexedAt: null } });
}

/** Documents the index holds as stored (the complement of the pending count). */
export async function countIndexedDocuments(db: Db): Promise<number> {
  return db.sourceDocument.count({ where: { indexedAt: { not: null } } });
}
