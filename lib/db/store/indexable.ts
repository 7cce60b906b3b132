/**
 * What the search index is built from: records with their contributions, in the columns the
 * index uses. `toIndexableRecords` is the one mapping from stored rows (lib/db/store/document-rows.ts)
 * to this shape — used on rows read back from Postgres by `readIndexableRecords`, and by tests on
 * rows made from parsed files — and lib/search/documents.ts maps it to indexed documents.
 */
import type { Db } from '../client';
import type { VoteRow } from './division-rows';
import { columnsOf, type ContributionRow, type RecordInsertRow } from './document-rows';
import { supersededQuestionCondition } from './question-sources';
import type { RESOLUTION_COLUMNS } from './resolution';

const INDEXED_RECORD_COLUMNS = columnsOf<
  Pick<RecordInsertRow, 'id' | 'documentId' | 'position' | 'title' | 'kind' | 'house' | 'date' | 'department' | 'venue' | 'uin' | 'questionStatus' | 'dueDate'>
>({
  id: true,
  documentId: true,
  position: true,
  title: true,
  kind: true,
  house: true,
  date: true,
  department: true,
  venue: true,
  uin: true,
  // Written questions: status facet, due day for overdue and sort=due.
  questionStatus: true,
  dueDate: true,
});

/** The resolution columns the index uses (the minister and party facets, the person filter). */
const INDEXED_RESOLUTION_COLUMNS = [
  'personId',
  'resolvedName',
  'resolvedParty',
  'resolvedConstituency',
  'resolvedMinister',
  'resolutionStatus',
] as const satisfies readonly (typeof RESOLUTION_COLUMNS)[number][];

const INDEXED_CONTRIBUTION_COLUMNS = [
  ...columnsOf<
    Pick<ContributionRow, 'id' | 'recordId' | 'position' | 'speakerName' | 'role' | 'party' | 'constituency' | 'type' | 'date' | 'text' | 'translationText'>
  >({
    id: true,
    recordId: true,
    position: true,
    speakerName: true,
    role: true,
    party: true,
    constituency: true,
    type: true,
    date: true,
    text: true,
    // A Senedd speech's other language: searchable on the speech's own document, never a document of its own.
    translationText: true,
  }),
  ...INDEXED_RESOLUTION_COLUMNS,
];

type IndexedRecordRow = Pick<RecordInsertRow, (typeof INDEXED_RECORD_COLUMNS)[number]>;
type IndexedContributionRow = Pick<ContributionRow, (typeof INDEXED_CONTRIBUTION_COLUMNS)[number]>;

/** A contribution as the index sees it; the resolution columns may be absent (a speaker never resolved). */
export type IndexableContribution = Omit<IndexedContributionRow, 'recordId' | 'translationText' | (typeof INDEXED_RESOLUTION_COLUMNS)[number]> &
  Partial<Pick<IndexedContributionRow, 'translationText' | (typeof INDEXED_RESOLUTION_COLUMNS)[number]>>;

/** A record as the index sees it; the written-question columns may be absent (a record that is no question). */
type QuestionColumns = 'uin' | 'questionStatus' | 'dueDate';
export type IndexableRecord = Omit<IndexedRecordRow, 'position' | QuestionColumns> &
  Partial<Pick<IndexedRecordRow, QuestionColumns>> & { contributions: IndexableContribution[]; division?: IndexableDivision | null };

/** A division record's division: indexed as a result of its own kind (type `division`). */
export interface IndexableDivision {
  id: string;
  number: string | null;
  motion: string | null;
  /**
   * Everyone on its lists, once each, as the speaker facet names people: the register's name when
   * the reference resolved, else the name as printed (the speaker filter matches them).
   */
  voters: string[];
}

/** Records (in the order given) with their contributions (in the order given), each with only the indexed columns. */
export function toIndexableRecords(rows: {
  records: IndexedRecordRow[];
  contributions: IndexedContributionRow[];
  divisions?: (Omit<IndexableDivision, 'voters'> & { recordId: string; voters?: string[] })[];
  /** Rows made from a parsed file (no register names yet): a division's voters are its names as printed. */
  votes?: Pick<VoteRow, 'divisionId' | 'name'>[];
}): IndexableRecord[] {
  const printed = new Map<string, Set<string>>();
  for (const v of rows.votes ?? []) printed.set(v.divisionId, (printed.get(v.divisionId) ?? new Set()).add(v.name));
  const printedVoters = (divisionId: string) => [...(printed.get(divisionId) ?? [])].sort();
  const divisionOf = new Map(
    (rows.divisions ?? []).map(({ recordId, id, number, motion, voters }) => [recordId, { id, number, motion, voters: voters ?? printedVoters(id) }]),
  );
  const byRecord = new Map<string, IndexableContribution[]>(rows.records.map((r) => [r.id, []]));
  for (const c of rows.contributions) {
    const { recordId, ...contribution } = pick(c, INDEXED_CONTRIBUTION_COLUMNS);
    byRecord.get(recordId)?.push(contribution);
  }
  return rows.records.map((r) => {
    const { position: _position, ...record } = pick(r, INDEXED_RECORD_COLUMNS);
    return { ...record, contributions: byRecord.get(r.id)!, division: divisionOf.get(r.id) ?? null };
  });
}

function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

/** A ParlParse copy of a question the API brought is not indexed: one question, one record (decision 015). */
const SUPERSEDED = supersededQuestionCondition('r');

/** Columns as SELECT items; dates as YYYY-MM-DD, as the rows carry them. */
const DATE_COLUMNS = new Set(['date', 'dueDate']);
const selectList = (alias: string, columns: readonly string[]) =>
  columns.map((k) => (DATE_COLUMNS.has(k) ? `to_char(${alias}."${k}", 'YYYY-MM-DD') AS "${k}"` : `${alias}."${k}"`)).join(', ');

/**
 * The documents' records with their contributions, in document, record and contribution order,
 * in two queries: Prisma's nested findMany per document cost more Node CPU than building the
 * search documents.
 */
export async function readIndexableRecords(db: Db, documentIds: string[]): Promise<IndexableRecord[]> {
  if (!documentIds.length) return [];
  const [records, contributions, divisions] = await Promise.all([
    db.$queryRawUnsafe<IndexedRecordRow[]>(
      `SELECT ${selectList('r', INDEXED_RECORD_COLUMNS)} FROM "Record" r WHERE r."documentId" = ANY($1::text[]) AND NOT ${SUPERSEDED} ORDER BY r."documentId", r.position`,
      documentIds,
    ),
    db.$queryRawUnsafe<IndexedContributionRow[]>(
      `SELECT ${selectList('c', INDEXED_CONTRIBUTION_COLUMNS)} FROM "Contribution" c JOIN "Record" r ON r.id = c."recordId"
       WHERE r."documentId" = ANY($1::text[]) AND NOT ${SUPERSEDED} ORDER BY c."recordId", c.position`,
      documentIds,
    ),
    db.$queryRawUnsafe<(IndexableDivision & { recordId: string })[]>(
      `SELECT d.id, d."recordId", d.number, d.motion,
              ARRAY(SELECT DISTINCT COALESCE(p.name, v.name) FROM "Vote" v LEFT JOIN "Person" p ON p.id = v."personId"
                    WHERE v."divisionId" = d.id ORDER BY 1) AS voters
       FROM "Division" d JOIN "Record" r ON r.id = d."recordId" WHERE r."documentId" = ANY($1::text[])`,
      documentIds,
    ),
  ]);
  return toIndexableRecords({ records, contributions, divisions });
}
