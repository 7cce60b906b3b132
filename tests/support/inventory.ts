/**
 * Whole-table reads and fixtures for checks that look at everything stored — the tests, the
 * fault suite and its load runs — so they ask lib/db rather than writing their own queries.
 * Nothing here serves a page (those reads are lib/db/pages/records.ts and lib/db/pages/speakers.ts).
 */
import type { Db } from '../../lib/db/client';
import type { Contribution, ContributionAlias, Record as StoredRecord } from '../../lib/db/generated/client';

export type { Contribution, ContributionAlias, StoredRecord };

export interface StoredFilter {
  /** Only this document's rows. */
  documentId?: string;
  /** At most this many. */
  limit?: number;
}

/** Contributions in document, record and contribution order. */
export async function listContributions(db: Db, filter: StoredFilter = {}): Promise<Contribution[]> {
  return db.contribution.findMany({
    where: filter.documentId ? { record: { documentId: filter.documentId } } : undefined,
    orderBy: [{ record: { documentId: 'asc' } }, { record: { position: 'asc' } }, { position: 'asc' }],
    take: filter.limit,
  });
}

/** Records (without contributions) in document and record order. */
export async function listRecords(db: Db, filter: StoredFilter = {}): Promise<StoredRecord[]> {
  return db.record.findMany({
    where: filter.documentId ? { documentId: filter.documentId } : undefined,
    orderBy: [{ documentId: 'asc' }, { position: 'asc' }],
    take: filter.limit,
  });
}

export async function countContributions(db: Db): Promise<number> {
  return db.contribution.count();
}

/** The ids the search index should hold, sorted: every contribution's and every division's. */
export async function listSearchDocumentIds(db: Db): Promise<string[]> {
  const [contributions, divisions] = await Promise.all([db.contribution.findMany({ select: { id: true } }), db.division.findMany({ select: { id: true } })]);
  return [...contributions, ...divisions].map((r) => r.id).sort();
}

/** What the search index should hold: every contribution, and every division as a result of its own (lib/search/documents.ts). */
export async function countSearchDocuments(db: Db): Promise<number> {
  return (await db.contribution.count()) + (await db.division.count());
}

/** Every stored document with its records' titles and kinds and their contributions' types, speakers and texts, in order. */
export async function listDocumentContents(db: Db) {
  return db.sourceDocument.findMany({
    orderBy: { id: 'asc' },
    select: {
      id: true,
      records: {
        orderBy: { position: 'asc' },
        select: { title: true, kind: true, contributions: { orderBy: { position: 'asc' }, select: { type: true, speakerName: true, text: true } } },
      },
    },
  });
}

/** Every alias left by a corrected document, by old id. */
export async function listAliases(db: Db): Promise<ContributionAlias[]> {
  return db.contributionAlias.findMany({ orderBy: { oldId: 'asc' } });
}

/** Writes aliases as a corrected document would (replacing any with the same old ids). */
export async function putAliases(db: Db, aliases: Array<Pick<ContributionAlias, 'oldId' | 'newId' | 'recordId'>>): Promise<void> {
  await deleteAliases(
    db,
    aliases.map((a) => a.oldId),
  );
  await db.contributionAlias.createMany({ data: aliases });
}

export async function deleteAliases(db: Db, oldIds: string[]): Promise<void> {
  await db.contributionAlias.deleteMany({ where: { oldId: { in: oldIds } } });
}

/** Removes one document and (by cascade) its records and contributions. */
export async function deleteDocument(db: Db, documentId: string): Promise<void> {
  await db.sourceDocument.deleteMany({ where: { id: documentId } });
}

/** Empties every document table (not the register), for a test that needs a known state. */
export async function deleteAllDocuments(db: Db): Promise<void> {
  // AnsweringBody holds the department names the stored documents gave: it goes with them.
  await db.$executeRawUnsafe(
    'TRUNCATE "ContributionAlias", "Contribution", "Record", "Speaker", "SourceDocument", "AnsweringBody", "SpQuestionTrackingFile" CASCADE',
  );
}

/** Contributions (with their record's title) that pass every given test, in id order. */
export async function findContributions(db: Db, filter: { fileName?: string; textContains?: string; type?: string; ids?: string[]; sourceId?: string }) {
  return db.contribution.findMany({
    where: {
      ...(filter.fileName ? { record: { document: { fileName: filter.fileName } } } : {}),
      ...(filter.textContains ? { text: { contains: filter.textContains, mode: 'insensitive' as const } } : {}),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.ids ? { id: { in: filter.ids } } : {}),
      ...(filter.sourceId ? { sourceId: filter.sourceId } : {}),
    },
    include: { record: { select: { title: true } } },
    orderBy: { id: 'asc' },
  });
}

/** Records with this UIN, each with its contributions in order. */
export async function findRecordsByUin(db: Db, uin: string) {
  return db.record.findMany({ where: { uin }, include: { contributions: { orderBy: { position: 'asc' } } }, orderBy: { id: 'asc' } });
}

/** How many records are stored; with `uins`, only those with one of these UINs. */
export async function countRecords(db: Db, filter: { uins?: string[] } = {}): Promise<number> {
  return db.record.count({ where: filter.uins ? { uin: { in: filter.uins } } : undefined });
}

/** Ids of the stored documents with one of these file names, or of this format. */
export async function findDocumentIds(db: Db, filter: { fileNames?: string[]; format?: string }): Promise<string[]> {
  const rows = await db.sourceDocument.findMany({
    where: { ...(filter.fileNames ? { fileName: { in: filter.fileNames } } : {}), ...(filter.format ? { format: filter.format } : {}) },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Removes these documents and (by cascade) their records and contributions. */
export async function deleteDocuments(db: Db, documentIds: string[]): Promise<void> {
  await db.sourceDocument.deleteMany({ where: { id: { in: documentIds } } });
}

/** Forgets where API syncs stopped (one source, or all). */
export async function deleteSyncCursors(db: Db, source?: string): Promise<void> {
  await db.syncCursor.deleteMany({ where: source ? { source } : undefined });
}

/** Empties every alert table: alerts, what they sent, tokens, the outbox and the sign-up counts. */
export async function deleteAllAlerts(db: Db): Promise<void> {
  await db.$executeRawUnsafe('TRUNCATE "Alert", "AlertSentItem", "AlertToken", "AlertMessage", "AlertSignup" CASCADE');
}

export async function countAlerts(db: Db): Promise<number> {
  return db.alert.count();
}

/** A token as the migration to keyed hashes left those made before it: plain sha256, `keyed` false. */
export async function insertUnkeyedToken(db: Db, t: { sha256: string; purpose: 'manage' | 'unsubscribe'; email: string }): Promise<void> {
  await db.alertToken.create({ data: { hash: t.sha256, purpose: t.purpose, email: t.email, keyed: false } });
}

/** Every alert, oldest first (the tests check what a GET or POST changed). */
export async function listAlerts(db: Db) {
  return db.alert.findMany({ orderBy: { createdAt: 'asc' } });
}

/** The outbox's messages, oldest first. */
export async function listAlertMessages(db: Db) {
  return db.alertMessage.findMany({ orderBy: { createdAt: 'asc' } });
}

/** Session-level advisory locks held (the alert outbox's run lock is one). */
export async function countAdvisoryLocks(db: Db): Promise<number> {
  const [{ n }] = await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`;
  return n;
}
