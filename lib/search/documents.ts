/**
 * Postgres rows → Meilisearch documents (one per contribution). Pure.
 */
import { slugify } from '../ids';
import { findActsMentioned } from './acts';
import { toDayNumber } from './fields';

export interface IndexableContribution {
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

export interface SearchDocument {
  id: string;
  recordId: string;
  documentId: string;
  recordTitle: string;
  kind: string;
  house: string | null;
  department: string | null;
  date: string | null;
  day: number | null;
  year: number | null;
  time: string | null;
  position: number;
  type: string;
  speakerName: string | null;
  speakerSlug: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  /** The speaker, when this contribution answers for the government. */
  minister: string | null;
  acts: string[];
  text: string;
}

const GOVERNMENT_OFFICE = /\b(minister|secretary of state|solicitor[- ]general|attorney[- ]general|advocate[- ]general|whip|lord privy seal|leader of the house|chancellor|paymaster|prime minister|under-secretary)\b/i;

export function toIsoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

export function isAnsweringForGovernment(c: Pick<IndexableContribution, 'type' | 'role' | 'speakerName'>): boolean {
  if (!c.speakerName) return false;
  return c.type === 'answer' || (c.role != null && GOVERNMENT_OFFICE.test(c.role));
}

export function toSearchDocuments(record: IndexableRecord): SearchDocument[] {
  return record.contributions.map((c) => {
    const date = toIsoDate(c.date ?? record.date);
    return {
      id: c.id,
      recordId: record.id,
      documentId: record.documentId,
      recordTitle: record.title,
      kind: record.kind,
      house: record.house,
      department: record.department,
      date,
      day: date ? toDayNumber(date) : null,
      year: date ? Number(date.slice(0, 4)) : null,
      time: c.time,
      position: c.position,
      type: c.type,
      speakerName: c.speakerName,
      speakerSlug: c.speakerName ? slugify(c.speakerName) : null,
      role: c.role,
      party: c.party,
      constituency: c.constituency,
      minister: isAnsweringForGovernment(c) ? c.speakerName : null,
      acts: findActsMentioned(c.text),
      text: c.text,
    };
  });
}
