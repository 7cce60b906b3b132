/**
 * Reads a written question's page needs beyond its own record: the records of the questions
 * answered together with it, found by house, UIN and date tabled (the question key, whichever
 * source brought them). Which record stands for a superseded copy is the proxy's read
 * (lib/db/proxy/page-existence.ts: /d/{copy} answers 301).
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
