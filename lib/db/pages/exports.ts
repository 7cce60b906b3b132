/**
 * What search exports (/api/search.csv, /api/search.json) add to the index's hits from Postgres:
 * each contribution's whole text and the ids researchers join other data on.
 */
import { getDb, type Db } from '../client';

export interface ContributionExportFacts {
  text: string;
  /** Register person id of the speaker, when resolved. */
  personId: string | null;
  /** The source's own id (TheyWorkForYou gid). */
  sourceId: string | null;
  /** Questions only (written questions and oral answers): number(s) as printed. */
  uin: string | null;
  /** Written questions only: answered, unanswered, holding-answer… as stored. */
  status: string | null;
}

export async function getContributionExportFacts(ids: string[], db: Db = getDb()): Promise<Map<string, ContributionExportFacts>> {
  if (!ids.length) return new Map();
  const rows = await db.contribution.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, personId: true, sourceId: true, record: { select: { uin: true, questionStatus: true } } },
  });
  return new Map(rows.map((r) => [r.id, { text: r.text, personId: r.personId, sourceId: r.sourceId, uin: r.record.uin, status: r.record.questionStatus }]));
}
