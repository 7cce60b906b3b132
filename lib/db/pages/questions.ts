/**
 * Reads a written question's page needs beyond its own record: the records of the questions
 * answered together with it, found by house, UIN and date tabled (the question key, whichever
 * source brought them); and a written statement's: the statements it names and those naming it.
 * Which record stands for a superseded copy is the proxy's read (lib/db/proxy/page-existence.ts:
 * /d/{copy} answers 301).
 */
import 'server-only';
import { getDb } from '../client';

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

export interface LinkedStatementRecord {
  recordId: string;
  title: string;
  date: string | null;
  /** Parliament's id of the statement. */
  apiId: number;
}

/** Records of the statements we hold, by Parliament's id (what a statement's links name). */
export async function getStatementRecordsByApiId(apiIds: number[]): Promise<Map<number, LinkedStatementRecord>> {
  if (!apiIds.length) return new Map();
  const rows = await getDb().$queryRaw<Array<{ id: string; title: string; date: Date | null; apiId: number }>>`
    SELECT id, title, date, ("statementFacts"->>'apiId')::int AS "apiId" FROM "Record"
    WHERE kind = 'written-statement' AND ("statementFacts"->>'apiId')::int = ANY(${apiIds}::int[]) ORDER BY id`;
  return new Map(rows.map((r) => [r.apiId, { recordId: r.id, title: r.title, date: r.date?.toISOString().slice(0, 10) ?? null, apiId: r.apiId }]));
}

/** The statements whose links name statement `apiId` (a correction of it, a joint statement), with how. */
export async function getStatementsLinkingTo(apiId: number): Promise<Array<LinkedStatementRecord & { type: string; linkDate: string | null }>> {
  const rows = await getDb().$queryRaw<Array<{ id: string; title: string; date: Date | null; apiId: number; type: string; linkDate: string | null }>>`
    SELECT r.id, r.title, r.date, (r."statementFacts"->>'apiId')::int AS "apiId", l->>'type' AS type, l->>'date' AS "linkDate"
    FROM "Record" r, jsonb_array_elements(r."statementFacts"->'links') l
    WHERE r.kind = 'written-statement' AND (l->>'statementId')::int = ${apiId} ORDER BY r.date, r.id`;
  return rows.map((r) => ({
    recordId: r.id,
    title: r.title,
    date: r.date?.toISOString().slice(0, 10) ?? null,
    apiId: r.apiId,
    type: r.type,
    linkDate: r.linkDate,
  }));
}
