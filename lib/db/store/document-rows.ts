/**
 * A parsed document → the rows that store it (SourceDocument, Record, Contribution, Speaker, and
 * Division and Vote from division-rows.ts).
 * Pure: ids come from lib/ids.ts, and each speaker's resolution is an input, made once before
 * storing (by the parser or by ingest, lib/members) and only written here. The column lists are
 * derived from the row types, once.
 */
import { contributionIds, documentId, recordId, shortHash, slugify } from '../../ids';
import type { ParsedRecord } from '../../parse/record';
import { toDivisionRows, type DivisionRow, type VoteRow, type VoterFacts } from './division-rows';
import type { ContributionRedirect } from './gid-aliases';
import { RESOLUTION_COLUMNS, toResolutionColumns, type ResolutionColumns, type ResolutionFacts } from './resolution';
import type { Record as RecordModel } from '../generated/client';

export interface DocumentToStore {
  key: string;
  fileName: string;
  sha256: string;
  format: string;
  rawText: string;
  records: ParsedRecord[];
  /**
   * `[record][contribution]`: who each speaker is according to the member register, resolved once
   * before storing (while parsing, or by ingest right after) and written beside the printed fields.
   */
  resolutions: (ResolutionFacts | null)[][];
  /** Old contribution id → new one, from the source's own redirects (older versions of a ParlParse day). */
  redirects?: ContributionRedirect[];
  /** `[record][name]`: who each name in a division's lists is, resolved by ingest; absent for records without divisions. */
  voters?: ((VoterFacts | null)[] | null)[];
}

export interface SpeakerRow {
  id: string;
  slug: string;
  name: string;
}

/**
 * A Record row as the store writes it over plain pg (store-document.ts): Prisma's Record columns
 * (prisma/schema.prisma says what each holds), dates as YYYY-MM-DD text and the question details
 * as a plain object.
 */
export type RecordInsertRow = Omit<RecordModel, 'date' | 'tabledDate' | 'answeredDate' | 'dueDate' | 'questionDetails' | 'statementFacts'> & {
  date: string | null;
  tabledDate: string | null;
  answeredDate: string | null;
  dueDate: string | null;
  /** What a question's own columns (status, tabled, answered, due) do not hold; null when there is nothing more. */
  questionDetails: object | null;
  /** A written statement's links, notice number and attachments (Parliament's API); null otherwise. */
  statementFacts: object | null;
};

export interface ContributionRow extends ResolutionColumns {
  id: string;
  recordId: string;
  position: number;
  sourceId: string | null;
  /** Hansard column the contribution starts in, as printed. */
  column: string | null;
  speakerId: string | null;
  speakerName: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  speakerRef: string | null;
  type: string;
  date: string | null;
  time: string | null;
  text: string;
  answersIds: string[];
  /** Bilingual records only (the Senedd): 'en' | 'cy'; null elsewhere. */
  language: string | null;
  spokenLanguage: string | null;
  translationLanguage: string | null;
  translationText: string | null;
}

export interface DocumentRows {
  document: { id: string; sourceKey: string; fileName: string; sha256: string; format: string; rawText: string };
  speakers: SpeakerRow[];
  records: RecordInsertRow[];
  contributions: ContributionRow[];
  divisions: DivisionRow[];
  votes: VoteRow[];
}

/** Every key of a row type, checked complete by the compiler (a missing or extra key does not build). */
export const columnsOf = <Row>(keys: { [K in keyof Row]-?: true }) => Object.keys(keys) as Array<keyof Row & string>;

export const SPEAKER_COLUMNS = columnsOf<SpeakerRow>({ id: true, slug: true, name: true });
export const RECORD_COLUMNS = columnsOf<RecordInsertRow>({
  id: true,
  documentId: true,
  position: true,
  sourceId: true,
  sourceUrl: true,
  title: true,
  kind: true,
  house: true,
  date: true,
  department: true,
  departmentId: true,
  uin: true,
  volume: true,
  column: true,
  warnings: true,
  flags: true,
  questionStatus: true,
  tabledDate: true,
  answeredDate: true,
  dueDate: true,
  questionDetails: true,
  statementFacts: true,
  ayes: true,
  noes: true,
  venue: true,
  bill: true,
});
export const CONTRIBUTION_COLUMNS: Array<keyof ContributionRow & string> = [
  ...columnsOf<Omit<ContributionRow, keyof ResolutionColumns>>({
    id: true,
    recordId: true,
    position: true,
    sourceId: true,
    column: true,
    speakerId: true,
    speakerName: true,
    role: true,
    party: true,
    constituency: true,
    speakerRef: true,
    type: true,
    date: true,
    time: true,
    text: true,
    answersIds: true,
    language: true,
    spokenLanguage: true,
    translationLanguage: true,
    translationText: true,
  }),
  ...RESOLUTION_COLUMNS,
];

/** One Speaker row per distinct printed name (by slug), shared by every document that prints it. */
export function speakerIdFor(name: string): string {
  return shortHash(`speaker:${slugify(name)}`);
}

export function toDocumentRows(doc: DocumentToStore): DocumentRows {
  if (doc.resolutions.length !== doc.records.length || doc.records.some((r, n) => doc.resolutions[n].length !== r.contributions.length)) {
    throw new Error(`${doc.fileName}: the speakers' resolutions do not line up with the records' contributions`);
  }
  const docId = documentId(doc.key);
  const records = doc.records.map((r, position) => toRecordRow(r, docId, position, recordId(doc.key, position, r.sourceId)));
  const contributions = doc.records.flatMap((r, n) => toContributionRows(r, records[n].id, doc.resolutions[n]));
  const { divisions, votes } = toDivisionRows(
    doc.key,
    doc.records,
    records.map((r) => r.id),
    doc.voters,
  );
  const speakers = new Map<string, SpeakerRow>();
  for (const c of contributions) {
    if (c.speakerName && c.speakerId && !speakers.has(c.speakerId))
      speakers.set(c.speakerId, { id: c.speakerId, slug: slugify(c.speakerName), name: c.speakerName });
  }
  return {
    document: { id: docId, sourceKey: doc.key, fileName: doc.fileName, sha256: doc.sha256, format: doc.format, rawText: doc.rawText },
    speakers: [...speakers.values()],
    records,
    contributions,
    divisions,
    votes,
  };
}

function toQuestionDetails(q: NonNullable<ParsedRecord['question']>): object | null {
  const { status: _status, tabled: _tabled, answered: _answered, due: _due, ...rest } = q;
  return Object.keys(rest).length ? rest : null;
}

function toRecordRow(r: ParsedRecord, docId: string, position: number, id: string): RecordInsertRow {
  return {
    id,
    documentId: docId,
    position,
    sourceId: r.sourceId ?? null,
    sourceUrl: r.sourceUrl ?? null,
    title: r.title,
    kind: r.kind,
    house: r.house,
    date: r.date ?? null,
    department: r.department,
    departmentId: r.departmentId ?? null,
    uin: r.reference.uin,
    volume: r.reference.volume,
    column: r.reference.column,
    warnings: r.warnings,
    flags: r.flags ?? [],
    questionStatus: r.question?.status ?? null,
    tabledDate: r.question?.tabled ?? null,
    answeredDate: r.question?.answered ?? null,
    dueDate: r.question?.due ?? null,
    questionDetails: r.question ? toQuestionDetails(r.question) : null,
    statementFacts: r.statement ?? null,
    ayes: r.division?.ayes ?? null,
    noes: r.division?.noes ?? null,
    venue: r.venue ?? null,
    bill: r.bill ?? null,
  };
}

function toContributionRows(r: ParsedRecord, recId: string, resolutions: (ResolutionFacts | null)[]): ContributionRow[] {
  const ids = contributionIds(recId, r.contributions);
  return r.contributions.map((c, position) => {
    const answered = c.answers == null ? [] : Array.isArray(c.answers) ? c.answers : [c.answers];
    const name = c.speaker.name;
    return {
      id: ids[position],
      recordId: recId,
      position,
      sourceId: c.sourceId ?? null,
      column: c.column ?? null,
      speakerId: name ? speakerIdFor(name) : null,
      speakerName: name,
      role: c.speaker.role,
      party: c.speaker.party,
      constituency: c.speaker.constituency,
      speakerRef: c.speaker.sourceRef ?? null,
      type: c.type,
      date: c.date ?? null,
      time: c.time,
      text: c.text,
      answersIds: answered.filter((i) => i >= 0 && i < ids.length && i !== position).map((i) => ids[i]),
      language: c.language ?? null,
      spokenLanguage: c.spokenLanguage ?? null,
      translationLanguage: c.translation?.language ?? null,
      translationText: c.translation?.text ?? null,
      // The register's view of the speaker on that date, beside the printed fields.
      ...toResolutionColumns(resolutions[position]),
    };
  });
}
