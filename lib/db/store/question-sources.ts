/**
 * When the questions sync stores a question, the other source documents holding the same question
 * (ParlParse written-answers files: same house, date tabled and UIN) go back to waiting for the
 * index, so the next index pass leaves their copy out: one question, one record (docs/decisions/015).
 */
import type { Db } from '../client';

/** The format of the source documents the questions sync stores (one API question each). */
export const QUESTIONS_API_FORMAT = 'questions-api';

/**
 * SQL condition on the Record row aliased `r` (a constant, never input): a written question from
 * another source (a ParlParse written-answers file) every UIN of which has an API question record
 * of the same house and date tabled. It is the same question (docs/decisions/015): not indexed
 * twice, and its page points to the API record.
 */
export function supersededQuestionCondition(r: string): string {
  return `(${r}.kind = 'written-question' AND ${r}.uin IS NOT NULL AND ${r}."tabledDate" IS NOT NULL
    AND (SELECT sd.format FROM "SourceDocument" sd WHERE sd.id = ${r}."documentId") <> '${QUESTIONS_API_FORMAT}'
    AND NOT EXISTS (
      SELECT 1 FROM unnest(string_to_array(${r}.uin, ',')) AS u(uin)
      WHERE NOT EXISTS (
        SELECT 1 FROM "Record" a JOIN "SourceDocument" ad ON ad.id = a."documentId"
        WHERE ad.format = '${QUESTIONS_API_FORMAT}' AND a.house = ${r}.house AND a."tabledDate" = ${r}."tabledDate" AND lower(a.uin) = lower(btrim(u.uin)))))`;
}

export async function markQuestionCopiesForReindex(db: Db, key: { house: string; tabled: string; uin: string }): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE "SourceDocument" s SET "indexedAt" = NULL
     WHERE s."indexedAt" IS NOT NULL AND s.format <> '${QUESTIONS_API_FORMAT}' AND EXISTS (
       SELECT 1 FROM "Record" r WHERE r."documentId" = s.id AND r.kind = 'written-question' AND r.house = $1 AND r."tabledDate" = $2::date
         AND lower($3) = ANY(string_to_array(lower(replace(r.uin, ' ', '')), ',')))`,
    key.house,
    key.tabled,
    key.uin,
  );
}
