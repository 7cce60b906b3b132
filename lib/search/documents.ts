/**
 * Postgres rows (as lib/db/store/indexable.ts reads them) → Meilisearch documents, one per
 * contribution. Pure: the one mapping that ingest, reindex and the tests' indexes use.
 * A field is here only if a search, filter, sort or hit (run-search.ts HIT_ATTRIBUTES) uses it:
 * every byte is stored once per contribution (decision 023).
 */
import type { IndexableContribution, IndexableRecord } from '../db/store';
import { findActsMentioned } from './acts';
import { sampleBucket } from './facet-sample';
import { toDayNumber } from './fields';

export interface SearchDocument {
  id: string;
  recordId: string;
  documentId: string;
  recordTitle: string;
  kind: string;
  house: string | null;
  department: string | null;
  /** Where it was said (lib/parse/record.ts VENUES); the `venue` facet and TheyWorkForYou's `section:`. */
  venue: string | null;
  /** The record's question numbers, upper-cased: `uin:` in the search box filters on them, and a bare "7926" finds them (searchable, last). */
  uins: string[];
  date: string | null;
  day: number | null;
  year: number | null;
  position: number;
  type: string;
  speakerName: string | null;
  role: string | null;
  /** Printed party, else the register's for that date (TWFY often prints an office instead). */
  party: string | null;
  constituency: string | null;
  /**
   * The resolved person's name when the register says they held a government office on the
   * contribution's date; for unresolved speakers, the printed speaker when they answer or print
   * a government office.
   */
  minister: string | null;
  acts: string[];
  text: string;
  /**
   * A Senedd speech's translation (its other language's text): searchable after `text`, so a search
   * in either language finds the speech, once. Absent on every other contribution (no bytes spent).
   */
  translation?: string;
  /** On a written question's question contribution only, so status counts are questions. */
  questionStatus: string | null;
  dueDay: number | null;
  /**
   * A division's document only: the names of everyone who voted (fields.ts VOTERS_ATTRIBUTE).
   * Absent on contributions, which would otherwise each store an empty list.
   */
  voters?: string[];
  /** 0 … SAMPLE_BUCKETS − 1 from the id: large match sets count facets over a few buckets (facet-sample.ts). */
  sampleBucket: number;
}

const GOVERNMENT_OFFICE =
  /\b(minister|secretary of state|solicitor[- ]general|attorney[- ]general|advocate[- ]general|whip|lord privy seal|leader of the house|chancellor|paymaster|prime minister|under-secretary)\b/i;

export function isAnsweringForGovernment(c: Pick<IndexableContribution, 'type' | 'role' | 'speakerName'>): boolean {
  if (!c.speakerName) return false;
  return c.type === 'answer' || (c.role != null && GOVERNMENT_OFFICE.test(c.role));
}

/**
 * Minister facet value: for a resolved speaker, the register's offices on that date decide, not
 * what the page printed (Parallel Parliament prints the office held when the page was copied).
 * Where the register's offices do not cover the date (`resolvedMinister` null), only answering
 * counts. Unresolved speakers keep the printed heuristic.
 */
export function toMinister(c: IndexableContribution): string | null {
  if (c.resolutionStatus === 'resolved' && c.personId) {
    const minister = c.resolvedMinister ?? c.type === 'answer';
    return minister ? (c.resolvedName ?? c.speakerName) : null;
  }
  return isAnsweringForGovernment(c) ? c.speakerName : null;
}

/** "7814" → ["7814"]; "hl123, HL124" → ["HL123", "HL124"]: UINs compare upper-cased. */
export function splitUins(uin: string | null | undefined): string[] {
  return (uin ?? '')
    .split(/[,;\s]+/)
    .map((u) => u.trim().toUpperCase())
    .filter(Boolean);
}

function questionFields(record: IndexableRecord, c: IndexableContribution): Pick<SearchDocument, 'questionStatus' | 'dueDay'> {
  if (c.type !== 'question' || !record.questionStatus) return { questionStatus: null, dueDay: null };
  return { questionStatus: record.questionStatus, dueDay: record.dueDate ? toDayNumber(record.dueDate) : null };
}

/** The fields every document of a record shares, dated `date`. */
function recordFields(record: IndexableRecord, date: string | null) {
  return {
    recordId: record.id,
    documentId: record.documentId,
    recordTitle: record.title,
    kind: record.kind,
    house: record.house,
    department: record.department,
    venue: record.venue ?? null,
    date,
    day: date ? toDayNumber(date) : null,
    year: date ? Number(date.slice(0, 4)) : null,
  };
}

/** A division as a search result of its own kind: found by the words of its title and motion, filtered by house and date. */
function toDivisionDocument(record: IndexableRecord, division: NonNullable<IndexableRecord['division']>): SearchDocument {
  return {
    id: division.id,
    ...recordFields(record, record.date),
    uins: [],
    position: 0,
    type: 'division',
    speakerName: null,
    role: null,
    party: null,
    constituency: null,
    minister: null,
    acts: findActsMentioned(division.motion ?? ''),
    text: [record.title, division.motion].filter(Boolean).join('\n\n'),
    questionStatus: null,
    dueDay: null,
    voters: division.voters,
    sampleBucket: sampleBucket(division.id),
  };
}

export function toSearchDocuments(record: IndexableRecord): SearchDocument[] {
  if (record.division) return [toDivisionDocument(record, record.division)];
  const uins = splitUins(record.uin);
  return record.contributions.map((c) => {
    const date = c.date ?? record.date;
    return {
      id: c.id,
      ...recordFields(record, date),
      uins,
      position: c.position,
      type: c.type,
      speakerName: c.speakerName,
      role: c.role,
      party: c.party ?? c.resolvedParty ?? null,
      constituency: c.constituency ?? c.resolvedConstituency ?? null,
      minister: toMinister(c),
      acts: findActsMentioned(c.text),
      text: c.text,
      ...(c.translationText ? { translation: c.translationText } : {}),
      ...questionFields(record, c),
      sampleBucket: sampleBucket(c.id),
    };
  });
}
