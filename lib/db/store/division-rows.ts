/**
 * A document's divisions → Division and Vote rows (prisma/schema.prisma). Pure, like
 * document-rows.ts: ids from lib/ids.ts, each name's resolution an input made by lib/ingest.
 * A division's id comes from its XML id without the version letter, so a later version of the day
 * writes the same ids again (the store replaces the rows in the document's transaction).
 */
import { contributionIdForSource, shortHash, withoutVersionLetter } from '../../ids';
import type { ParsedRecord } from '../../parse/record';

/** Who one printed name is according to the register, on the division's date (lib/ingest resolves it). */
export interface VoterFacts {
  personId: string | null;
  party: string | null;
  reason: string;
}

export interface DivisionRow {
  id: string;
  recordId: string;
  sectionRecordId: string | null;
  afterContributionId: string | null;
  sourceId: string | null;
  house: string | null;
  date: string | null;
  time: string | null;
  number: string | null;
  column: string | null;
  title: string;
  motion: string | null;
  ayes: number | null;
  noes: number | null;
  printedCounts: Record<string, number>;
}

export interface VoteRow {
  id: string;
  divisionId: string;
  position: number;
  personId: string | null;
  name: string;
  vote: string;
  teller: boolean;
  proxyPersonId: string | null;
  sourceRef: string | null;
  party: string | null;
  resolutionReason: string | null;
}

export const DIVISION_COLUMNS: Array<keyof DivisionRow & string> = [
  'id',
  'recordId',
  'sectionRecordId',
  'afterContributionId',
  'sourceId',
  'house',
  'date',
  'time',
  'number',
  'column',
  'title',
  'motion',
  'ayes',
  'noes',
  'printedCounts',
];
export const VOTE_COLUMNS: Array<keyof VoteRow & string> = [
  'id',
  'divisionId',
  'position',
  'personId',
  'name',
  'vote',
  'teller',
  'proxyPersonId',
  'sourceRef',
  'party',
  'resolutionReason',
];

export function divisionIdFor(docKey: string, position: number, sourceId: string | null | undefined): string {
  return sourceId ? shortHash(`division:${withoutVersionLetter(sourceId)}`) : shortHash(`division:${docKey}:${position}`);
}

/**
 * `records[n]` is stored with id `recordIds[n]`; `voters[n][k]` resolves its k-th printed name
 * (absent: nobody resolved). A division whose debate has no record of its own links to none.
 */
export function toDivisionRows(
  docKey: string,
  records: ParsedRecord[],
  recordIds: string[],
  voters: ((VoterFacts | null)[] | null)[] | undefined,
): { divisions: DivisionRow[]; votes: VoteRow[] } {
  const bySourceId = new Map<string, string>();
  records.forEach((r, n) => {
    if (r.sourceId && !r.divisionDetails && !bySourceId.has(r.sourceId)) bySourceId.set(r.sourceId, recordIds[n]);
  });
  const divisions: DivisionRow[] = [];
  const votes: VoteRow[] = [];
  records.forEach((r, n) => {
    const d = r.divisionDetails;
    if (!d) return;
    const id = divisionIdFor(docKey, n, r.sourceId);
    const sectionRecordId = d.place.section ? (bySourceId.get(d.place.section) ?? null) : null;
    divisions.push({
      id,
      recordId: recordIds[n],
      sectionRecordId,
      afterContributionId: sectionRecordId && d.place.after ? contributionIdForSource(d.place.after) : null,
      sourceId: r.sourceId ?? null,
      house: r.house,
      date: r.date,
      time: d.time,
      number: d.number,
      column: r.reference.column,
      title: r.title,
      motion: d.motion,
      ayes: d.printed.ayes ?? d.printed.content ?? d.printed.for ?? null,
      noes: d.printed.noes ?? d.printed['not-content'] ?? d.printed.against ?? null,
      printedCounts: d.printed,
    });
    d.voters.forEach((v, position) => {
      const facts = voters?.[n]?.[position] ?? null;
      votes.push({
        id: `${id}-${position}`,
        divisionId: id,
        position,
        personId: facts?.personId ?? null,
        name: v.name,
        vote: v.vote,
        teller: v.teller,
        proxyPersonId: v.proxy,
        sourceRef: v.personRef ?? v.memberRef,
        party: facts?.party ?? null,
        resolutionReason: facts?.reason ?? null,
      });
    });
  });
  return { divisions, votes };
}
