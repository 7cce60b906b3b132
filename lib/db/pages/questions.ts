/**
 * Reads a written question's page needs beyond its own record: the records of the questions
 * answered together with it, found by house, UIN and date tabled (the question key, whichever
 * source brought them).
 */
import 'server-only';
import { getDb } from '../client';
import { QUESTIONS_API_FORMAT, supersededQuestionCondition } from '../store/question-sources';

/** The format of questions stored from the API: a record page tells them from other sources' copies. */
export { QUESTIONS_API_FORMAT };

/** UIN → record id of each grouped question we hold (date tabled compared when given). */
export async function getGroupedQuestionRecordIds(
  house: string | null,
  grouped: ReadonlyArray<{ uin: string; tabled: string | null }>,
): Promise<Map<string, string>> {
  if (!house || !grouped.length) return new Map();
  const rows = await getDb().record.findMany({
    where: { kind: 'written-question', house, uin: { in: grouped.map((g) => g.uin) } },
    select: { id: true, uin: true, tabledDate: true },
    orderBy: { id: 'asc' },
  });
  const found = new Map<string, string>();
  for (const g of grouped) {
    const row = rows.find((r) => r.uin === g.uin && (!g.tabled || !r.tabledDate || r.tabledDate.toISOString().slice(0, 10) === g.tabled));
    if (row) found.set(g.uin, row.id);
  }
  return found;
}

/** The API record that stands for a record from another source (see supersededQuestionCondition), or null. */
export async function getSupersedingQuestionRecordId(recordId: string): Promise<string | null> {
  const rows = await getDb().$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT a.id FROM "Record" r, "Record" a JOIN "SourceDocument" ad ON ad.id = a."documentId"
     WHERE r.id = $1 AND ${supersededQuestionCondition('r')}
       AND ad.format = '${QUESTIONS_API_FORMAT}' AND a.house = r.house AND a."tabledDate" = r."tabledDate" AND lower(a.uin) = lower(btrim(split_part(r.uin, ',', 1)))
     ORDER BY a.id LIMIT 1`,
    recordId,
  );
  return rows[0]?.id ?? null;
}
