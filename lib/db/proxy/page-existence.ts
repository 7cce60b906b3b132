/**
 * Whether the thing a page address names exists, for proxy.ts's 404 of /d/{id} and
 * /speakers/{slug} (lib/http/not-found-page.ts), and which record stands for a written question's
 * copy from another source (its 301). Kept apart from the page reads (whole records, speaker
 * pages) because the proxy asks on every request and needs only that.
 */
import { getDb } from '../client';
import { QUESTIONS_API_FORMAT, supersededQuestionCondition } from '../store/question-sources';

/** Whether a record has this id (primary key). */
export async function hasRecord(id: string): Promise<boolean> {
  const [row] = await getDb().$queryRaw<Array<{ found: boolean }>>`SELECT EXISTS (SELECT 1 FROM "Record" WHERE id = ${id}) AS found`;
  return row?.found ?? false;
}

/** Whether a printed name (Speaker) or a register person has this slug: both have a /speakers page. */
export async function hasSpeakerSlug(slug: string): Promise<boolean> {
  const [row] = await getDb().$queryRaw<Array<{ found: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "Speaker" WHERE slug = ${slug}) OR EXISTS (SELECT 1 FROM "Person" WHERE slug = ${slug}) AS found`;
  return row?.found ?? false;
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
