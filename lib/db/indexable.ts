/**
 * What the search index is built from: documents' records with their contributions, read from
 * Postgres in the shape lib/search/documents.ts maps to indexed documents.
 */
import { fromIsoDate } from '../dates';
import type { Db } from './client';
import type { RESOLUTION_COLUMNS, ResolutionColumns } from './resolution';

/** The resolution columns the index uses (the minister and party facets, the person filter). */
const INDEXED_RESOLUTION_COLUMNS = [
  'personId',
  'resolvedName',
  'resolvedParty',
  'resolvedConstituency',
  'resolvedMinister',
  'resolutionStatus',
] as const satisfies readonly (typeof RESOLUTION_COLUMNS)[number][];

export interface IndexableContribution extends Partial<Pick<ResolutionColumns, (typeof INDEXED_RESOLUTION_COLUMNS)[number]>> {
  id: string;
  position: number;
  speakerName: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  type: string;
  date: Date | null;
  time: string | null;
  text: string;
}

export interface IndexableRecord {
  id: string;
  documentId: string;
  title: string;
  kind: string;
  house: string | null;
  date: Date | null;
  department: string | null;
  contributions: IndexableContribution[];
}

type JoinedRow = Omit<IndexableRecord, 'id' | 'date' | 'contributions'> &
  { recordId: string; recordDate: string | null; date: string | null } & {
    [K in keyof Omit<IndexableContribution, 'date'>]-?: IndexableContribution[K] | null;
  };

/**
 * The documents' records with their contributions, in record and contribution order, in one
 * query: Prisma's nested findMany per document cost more Node CPU than building the search documents.
 */
export async function readIndexableRecords(db: Db, documentIds: string[]): Promise<Map<string, IndexableRecord[]>> {
  const byDocument = new Map<string, IndexableRecord[]>(documentIds.map((id) => [id, []]));
  if (!documentIds.length) return byDocument;
  const rows = await db.$queryRawUnsafe<JoinedRow[]>(
    `SELECT r.id AS "recordId", r."documentId", r.title, r.kind, r.house, to_char(r.date, 'YYYY-MM-DD') AS "recordDate", r.department,
            c.id, c.position, c."speakerName", c.role, c.party, c.constituency, c.type, to_char(c.date, 'YYYY-MM-DD') AS date, c.time, c.text,
            ${INDEXED_RESOLUTION_COLUMNS.map((k) => `c."${k}"`).join(', ')}
     FROM "Record" r LEFT JOIN "Contribution" c ON c."recordId" = r.id
     WHERE r."documentId" = ANY($1::text[])
     ORDER BY r."documentId", r.position, c.position`,
    documentIds,
  );
  let current = null as IndexableRecord | null;
  for (const row of rows) {
    if (current?.id !== row.recordId) {
      current = { id: row.recordId, documentId: row.documentId, title: row.title, kind: row.kind, house: row.house, date: fromIsoDate(row.recordDate), department: row.department, contributions: [] };
      byDocument.get(row.documentId)!.push(current);
    }
    if (row.id === null) continue; // a record without contributions
    current.contributions.push({
      id: row.id,
      position: row.position!,
      speakerName: row.speakerName,
      role: row.role,
      party: row.party,
      constituency: row.constituency,
      type: row.type!,
      date: fromIsoDate(row.date),
      time: row.time,
      text: row.text!,
      ...(Object.fromEntries(INDEXED_RESOLUTION_COLUMNS.map((k) => [k, row[k]])) as Pick<IndexableContribution, (typeof INDEXED_RESOLUTION_COLUMNS)[number]>),
    });
  }
  return byDocument;
}
