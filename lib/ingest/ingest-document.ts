/**
 * The one ingest step every source goes through — files and rsync'd day files (ingest.ts) and the
 * Questions API (lib/questions/sync.ts): records parsed or converted → speakers resolved against the
 * register the command chose when it started → checksum compared with the stored one → stored in
 * one transaction, marked waiting for the index, with the permalink redirects the source gives
 * (lib/db). Nothing else calls the store, so a rule added here holds for every source.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import { getStoredSha256, markQuestionCopiesForReindex, storeDocument, type DocumentToStore, type StoredDocument } from '../db/store';
import { resolveDivisionVoters, resolveRecordSpeakers, type RegisterIndex, type SpeakerResolution, type VoterResolution } from '../members';
import { PARLPARSE_FORMAT, parseDocument, type DocumentSource, type ParsedDocument } from '../parse';
import { withRegisterSpeakers } from '../parse/parlparse';
import type { ParsedRecord } from '../parse/record';

/**
 * Records with their speakers resolved: `resolutions` is `[record][contribution]`, as the store
 * writes it; `voters` is `[record][name]` for divisions' lists (null for other records).
 */
export interface ResolvedRecords {
  records: ParsedRecord[];
  resolutions: (SpeakerResolution | null)[][];
  voters: ((VoterResolution | null)[] | null)[];
}

/**
 * The step after parsing: every speaker, and every name in a division's lists, resolved once against `register`. ParlParse day files print
 * the register's party and seat for a speaker their reference names (docs/contracts.md §1b); the
 * other formats print only what the page printed.
 */
export function resolveSpeakers(register: RegisterIndex, parsed: { format: string; records: ParsedRecord[] }): ResolvedRecords {
  const resolutions = resolveRecordSpeakers(register, parsed.records);
  const records = parsed.format === PARLPARSE_FORMAT ? withRegisterSpeakers(parsed.records, resolutions) : parsed.records;
  return { records, resolutions, voters: resolveDivisionVoters(register, records) };
}

/** A file's bytes parsed, then its speakers resolved: what `npm run parse` prints and ingest stores. */
export function parseAndResolve(bytes: Uint8Array, source: DocumentSource, register: RegisterIndex): ParsedDocument & ResolvedRecords {
  const parsed = parseDocument(bytes, source);
  return { ...parsed, ...resolveSpeakers(register, parsed) };
}

export const sha256Of = (content: Uint8Array | string): string => createHash('sha256').update(content).digest('hex');

/** True when the stored version of `key` has this checksum: nothing to parse or store again. */
export async function isUnchanged(db: Db, key: string, sha256: string): Promise<boolean> {
  return (await getStoredSha256(db, key)) === sha256;
}

/** A source document ready for the store: parsed or converted, its speakers not yet resolved. */
export interface DocumentToIngest extends Omit<DocumentToStore, 'resolutions' | 'voters'> {
  /** A written question from the API: its ParlParse copies, indexed before, are indexed again without it. */
  replacesQuestionCopiesOf?: { house: string; tabled: string; uin: string };
}

/** The document as the store takes it, its speakers resolved against `register`. */
export function toDocumentToStore(register: RegisterIndex, doc: DocumentToIngest): DocumentToStore {
  const { records, resolutions, voters } = resolveSpeakers(register, doc);
  return {
    key: doc.key,
    fileName: doc.fileName,
    sha256: doc.sha256,
    format: doc.format,
    rawText: doc.rawText,
    records,
    resolutions,
    voters,
    redirects: doc.redirects,
  };
}

/** Resolves, stores (one transaction; the document waits for the index) and marks what it replaces for reindexing. */
export async function storeIngested(db: Db, register: RegisterIndex, doc: DocumentToIngest): Promise<StoredDocument> {
  const stored = await storeDocument(db, toDocumentToStore(register, doc));
  if (doc.replacesQuestionCopiesOf) await markQuestionCopiesForReindex(db, doc.replacesQuestionCopiesOf);
  return stored;
}

/** A converted document (the Questions API's JSON): skipped when its checksum is the stored one, else stored. */
export async function ingestConverted(db: Db, register: RegisterIndex, doc: Omit<DocumentToIngest, 'sha256'>): Promise<'stored' | 'unchanged'> {
  const sha256 = sha256Of(doc.rawText);
  if (await isUnchanged(db, doc.key, sha256)) return 'unchanged';
  await storeIngested(db, register, { ...doc, sha256 });
  return 'stored';
}
