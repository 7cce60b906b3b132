/**
 * The view models pages, feeds and the JSON API render: plain, serialisable objects made from
 * rows (record pages, permalinks, printed-name speaker pages). Person pages' views are in
 * lib/db/pages/speakers.ts beside their reads.
 */
import { toIsoDate } from '../../dates';
import type { QuestionFacts, StatementFacts } from '../../parse/record';
import type { Prisma } from '../generated/client';
import { toSpeakerRegisterView, type HeldOffice, type SpeakerRegisterView } from '../store/resolution';

export type { SpeakerRegisterView };

/** The speaker exactly as printed; `register` adds what the member register says of them on that date. */
export interface SpeakerView {
  name: string | null;
  slug: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  /** From the member register (resolved at ingest), never from the source; absent / null when there is no printed speaker. */
  register?: SpeakerRegisterView | null;
}

/** A post the register says the speaker held on the contribution's date: what import stored, read back. */
export type RegisterOfficeView = HeldOffice;

export interface ContributionView {
  id: string;
  url: string;
  position: number;
  type: string;
  date: string | null;
  time: string | null;
  text: string;
  speaker: SpeakerView;
  /** Contributions this one answers (questions), in record order. */
  answers: string[];
  /** Contributions that answer this one. */
  answeredBy: string[];
  sourceId: string | null;
  /** Hansard column it starts in, as printed, when the source gives it. */
  column: string | null;
  /** Bilingual records (the Senedd): the languages of its text and its translation; null elsewhere. */
  languages: ContributionLanguages | null;
}

/** A Senedd contribution's languages: what `text` is in, what it was spoken in, and its translation when held. */
export interface ContributionLanguages {
  text: 'en' | 'cy';
  spoken: 'en' | 'cy';
  translation: { language: 'en' | 'cy'; text: string } | null;
}

const asLanguage = (value: string | null): 'en' | 'cy' | null => (value === 'en' || value === 'cy' ? value : null);

/** The stored language columns as a view; null for a contribution that is not bilingual. */
function toLanguagesView(c: { language: string | null; spokenLanguage: string | null; translationLanguage: string | null; translationText: string | null }) {
  const text = asLanguage(c.language);
  if (!text) return null;
  const translationLanguage = asLanguage(c.translationLanguage);
  return {
    text,
    spoken: asLanguage(c.spokenLanguage) ?? text,
    translation: translationLanguage && c.translationText != null ? { language: translationLanguage, text: c.translationText } : null,
  };
}

export interface RecordView {
  id: string;
  url: string;
  title: string;
  kind: string;
  house: string | null;
  date: string | null;
  department: string | null;
  /** Where it was said (lib/parse/record.ts VENUES); null when the source does not tell. */
  venue: string | null;
  /** Public Bill Committees: the bill. */
  bill: string | null;
  reference: { uin: string | null; volume: string | null; column: string | null };
  warnings: string[];
  flags: string[];
  question: QuestionFacts | null;
  /** A written statement from Parliament's API: its links, notice number and attachments. */
  statement: StatementFacts | null;
  division: { ayes: number; noes: number } | null;
  sourceUrl: string | null;
  source: { fileName: string; format: string; ingestedAt: string; documentId: string };
  contributions: ContributionView[];
}

/** What a record page is read with (lib/db/pages/records.ts). */
export const RECORD_VIEW_INCLUDE = {
  document: { select: { fileName: true, format: true, ingestedAt: true, id: true } },
  contributions: { orderBy: { position: 'asc' }, include: { speaker: { select: { slug: true } } } },
} satisfies Prisma.RecordInclude;

type RecordWithViewRelations = Prisma.RecordGetPayload<{ include: typeof RECORD_VIEW_INCLUDE }>;

/** The question's columns and its stored details (document-rows.ts), as one object. */
function toQuestionFacts(row: RecordWithViewRelations): QuestionFacts {
  const details = row.questionDetails && typeof row.questionDetails === 'object' && !Array.isArray(row.questionDetails) ? row.questionDetails : {};
  return {
    ...(details as Partial<QuestionFacts>),
    status: row.questionStatus as QuestionFacts['status'],
    tabled: toIsoDate(row.tabledDate),
    answered: toIsoDate(row.answeredDate),
    due: toIsoDate(row.dueDate),
  };
}

export function toRecordView(row: RecordWithViewRelations): RecordView {
  const answeredBy = new Map<string, string[]>();
  for (const c of row.contributions) for (const q of c.answersIds) answeredBy.set(q, [...(answeredBy.get(q) ?? []), c.id]);
  return {
    id: row.id,
    url: `/d/${row.id}`,
    title: row.title,
    kind: row.kind,
    house: row.house,
    date: toIsoDate(row.date),
    department: row.department,
    venue: row.venue,
    bill: row.bill,
    reference: { uin: row.uin, volume: row.volume, column: row.column },
    warnings: row.warnings,
    flags: row.flags,
    question: row.questionStatus ? toQuestionFacts(row) : null,
    statement:
      row.statementFacts && typeof row.statementFacts === 'object' && !Array.isArray(row.statementFacts) ? (row.statementFacts as StatementFacts) : null,
    division: row.ayes != null && row.noes != null ? { ayes: row.ayes, noes: row.noes } : null,
    sourceUrl: row.sourceUrl,
    source: {
      fileName: row.document.fileName.split('/').pop() ?? row.document.fileName,
      format: row.document.format,
      ingestedAt: row.document.ingestedAt.toISOString(),
      documentId: row.document.id,
    },
    contributions: row.contributions.map((c) => ({
      id: c.id,
      url: `/c/${c.id}`,
      position: c.position,
      type: c.type,
      date: toIsoDate(c.date),
      time: c.time,
      text: c.text,
      speaker: {
        name: c.speakerName,
        slug: c.speaker?.slug ?? null,
        role: c.role,
        party: c.party,
        constituency: c.constituency,
        register: toSpeakerRegisterView(c),
      },
      answers: c.answersIds,
      answeredBy: answeredBy.get(c.id) ?? [],
      sourceId: c.sourceId,
      column: c.column,
      languages: toLanguagesView(c),
    })),
  };
}

/** A contribution's record as a link (speaker and person pages list contributions with it). */
export function toRecordLink(r: { id: string; title: string; kind: string; house: string | null; department: string | null }) {
  return { id: r.id, url: `/d/${r.id}`, title: r.title, kind: r.kind, house: r.house, department: r.department };
}

export interface SpeakerDescription {
  role: string | null;
  party: string | null;
  constituency: string | null;
  first: string | null;
  last: string | null;
  contributions: number;
}

export interface SpeakerContributionView {
  id: string;
  url: string;
  type: string;
  date: string | null;
  time: string | null;
  text: string;
  role: string | null;
  record: { id: string; url: string; title: string; kind: string; house: string | null; department: string | null };
}

export interface SpeakerPageView {
  id: string;
  slug: string;
  name: string;
  total: number;
  page: number;
  perPage: number;
  pages: number;
  /** Each distinct office / party / constituency printed beside the name, with the dates it was printed. */
  descriptions: SpeakerDescription[];
  contributions: SpeakerContributionView[];
  /** Whom the member register matched this printed name to, across all its contributions. */
  register: SpeakerPageRegister;
}

export interface SpeakerPageRegister {
  /** Register persons this printed name was matched to, most contributions first. */
  persons: { id: string; slug: string; name: string; contributions: number }[];
  /** Contributions by resolution outcome (`none`: stored before resolution, or no printed name), with their most common reasons. */
  outcomes: { status: 'resolved' | 'ambiguous' | 'unknown' | 'none'; contributions: number; reasons: string[] }[];
}
