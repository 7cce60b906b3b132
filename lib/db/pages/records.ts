/**
 * Reads of records and their contributions for pages, permalinks, feeds and exports, as view
 * models (lib/db/pages/views.ts).
 */
import 'server-only';
import { getDb } from '../client';
import { getRetiredPermalinkStatus, type RetiredPermalinkStatus } from '../proxy/permalinks';
import { RECORD_VIEW_INCLUDE, toRecordView, type ContributionView, type RecordView } from './views';

export type ContributionLookup = { status: 'found'; contribution: ContributionView; record: RecordView } | RetiredPermalinkStatus;

export async function getRecordView(id: string): Promise<RecordView | null> {
  const row = await getDb().record.findUnique({ where: { id }, include: RECORD_VIEW_INCLUDE });
  return row ? toRecordView(row) : null;
}

/** A permalink's contribution with its record, or what became of it. */
export async function getContributionLookup(id: string): Promise<ContributionLookup> {
  const db = getDb();
  const row = await db.contribution.findUnique({ where: { id }, select: { recordId: true } });
  if (row) {
    const record = await getRecordView(row.recordId);
    const contribution = record?.contributions.find((c) => c.id === id);
    if (record && contribution) return { status: 'found', contribution, record };
  }
  return getRetiredPermalinkStatus(id, db);
}

export async function getSourceDocumentText(documentId: string): Promise<{ fileName: string; rawText: string } | null> {
  return getDb().sourceDocument.findUnique({ where: { id: documentId }, select: { fileName: true, rawText: true } });
}

/** Whole texts and when each contribution's document was ingested (the date of undated feed entries). */
export async function getContributionFeedFacts(ids: string[]): Promise<Map<string, { text: string; ingestedAt: string }>> {
  if (!ids.length) return new Map();
  const rows = await getDb().contribution.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, record: { select: { document: { select: { ingestedAt: true } } } } },
  });
  return new Map(rows.map((r) => [r.id, { text: r.text, ingestedAt: r.record.document.ingestedAt.toISOString() }]));
}
