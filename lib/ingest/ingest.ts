/**
 * Files and folders: read → parse → the one ingest step (ingest-document.ts: resolve speakers,
 * checksum, store in one transaction per document) → index. A file that
 * cannot be read or parsed is reported with one line and the others still land. Unchanged files (same SHA-256 as
 * stored) are skipped. While files are stored, every ~10,000 stored contributions start a background
 * index pass over full batches (Meilisearch indexes on its own threads meanwhile); after the last
 * file, a final pass indexes everything still waiting.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import path from 'node:path';
import { groupDayFileVersions, parseDayFileName } from '../day-files';
import { contributionIdForSource, documentKey } from '../ids';
import type { RegisterIndex } from '../members';
import { readGidRedirects } from '../parse/parlparse/gid-redirects';
import { canonicalSeneddGid, parseSpQuestionTracking } from '../parse/parlparse';
import { getStoredTrackingSha256, storeTrackingFile } from '../db/store';
import { parseDocument, parseSeneddDay, type SeneddDayFile } from '../parse';
import { decodeDocument, MAX_DOCUMENT_BYTES, tooLargeMessage } from '../parse/decode';
import { DocumentParseError } from '../parse/record';
import { INDEX_BATCH_CONTRIBUTIONS, indexPendingDocuments, type IndexProgress } from './index-documents';
import { expandPaths } from './files';
import { isUnchanged, sha256Of, storeIngested } from './ingest-document';

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  stored: number;
  unchanged: number;
  /** ParlParse day-file versions marked latest="no", or older than another version given: skipped, the latest counts. */
  superseded: number;
  /** Old permalinks that now redirect, from the gid redirects of older versions of a day. */
  redirected: number;
  failed: IngestFailure[];
  records: number;
  contributions: number;
  indexed: IndexProgress | null;
  /** Why indexing did not happen (documents stay pending), when it did not. */
  indexError: string | null;
}

export interface IngestOptions {
  db: Db;
  search: { client: Meilisearch; indexName: string } | null;
  onFile?: (event: { file: string; done: number; total: number; outcome: FileOutcome['kind']; contributions: number }) => void;
  onIndexProgress?: (p: IndexProgress) => void;
  /** The register to resolve speakers against, chosen once when the command started. */
  register: RegisterIndex;
}

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const { files, missing } = expandPaths(paths);
  // Several versions of one ParlParse day: only the latest is stored; the older ones give it their gid redirects.
  const { days } = groupDayFileVersions(files, (f) => f);
  const olderVersions = new Map(days.map((d) => [d.latest, d.older]));
  const older = new Set(days.flatMap((d) => d.older));
  const seneddDays = pairSeneddLanguages(days.map((d) => d.latest));
  const summary: IngestSummary = {
    files: files.length,
    stored: 0,
    unchanged: 0,
    superseded: 0,
    redirected: 0,
    failed: missing.map((file) => ({ file, reason: `${file}: no such file or folder` })),
    records: 0,
    contributions: 0,
    indexed: null,
    indexError: null,
  };
  let done = 0;
  const background = options.search ? startBackgroundIndexing(options.db, options.search, options.onIndexProgress) : null;
  for (const file of files) {
    const outcome = older.has(file) ? ({ kind: 'superseded' } as const) : await ingestLatest(file, seneddDays.get(file), olderVersions, options);
    if (outcome.kind === 'stored') background?.stored(outcome.contributions);
    done++;
    if (outcome.kind === 'failed') summary.failed.push({ file, reason: outcome.reason });
    else if (outcome.kind === 'unchanged') summary.unchanged++;
    else if (outcome.kind === 'superseded') summary.superseded++;
    else if (outcome.kind === 'stored') {
      summary.stored++;
      summary.records += outcome.records;
      summary.contributions += outcome.contributions;
      summary.redirected += outcome.redirected;
    }
    options.onFile?.({ file, done, total: files.length, outcome: outcome.kind, contributions: outcome.kind === 'stored' ? outcome.contributions : 0 });
  }
  if (options.search) {
    // A failed background pass left its documents pending: the final pass retries them and reports.
    const early = (await background?.finish()) ?? { documents: 0, contributions: 0 };
    try {
      const last = await indexPendingDocuments(options.db, options.search.client, options.search.indexName, {
        onProgress: (p) => options.onIndexProgress?.(sumProgress(early, p)),
      });
      summary.indexed = sumProgress(early, last);
    } catch (e) {
      summary.indexError = e instanceof Error ? e.message : String(e);
      summary.indexed = early.documents ? early : null;
    }
  } else summary.indexError = 'Meilisearch is not reachable';
  return summary;
}

/**
 * Index passes that run while files are still being stored: one at a time, started once a batch's
 * worth (INDEX_BATCH_CONTRIBUTIONS, index-documents.ts) more contributions were stored, indexing
 * only full batches.
 * After a failure (Meilisearch down) no further pass starts; `finish` awaits the running one.
 */
function startBackgroundIndexing(db: Db, search: NonNullable<IngestOptions['search']>, onProgress?: (p: IndexProgress) => void) {
  let total: IndexProgress = { documents: 0, contributions: 0 };
  let storedSince = 0;
  let running: Promise<void> | null = null;
  let failed = false;
  return {
    stored(contributions: number) {
      storedSince += contributions;
      if (running || failed || storedSince < INDEX_BATCH_CONTRIBUTIONS) return;
      storedSince = 0;
      const before = total;
      running = indexPendingDocuments(db, search.client, search.indexName, {
        fullBatchesOnly: true,
        onProgress: (p) => {
          total = sumProgress(before, p); // counts batches that landed even if a later one fails
          onProgress?.(total);
        },
      })
        .then(
          () => {},
          () => {
            failed = true;
          },
        )
        .finally(() => {
          running = null;
        });
    },
    async finish(): Promise<IndexProgress> {
      await running;
      return total;
    },
  };
}

function sumProgress(a: IndexProgress, b: IndexProgress): IndexProgress {
  return { documents: a.documents + b.documents, contributions: a.contributions + b.contributions };
}

/** The latest version of a day file, by what it is: one language of a Senedd day, a question tracking file, or a day of records. */
function ingestLatest(
  file: string,
  senedd: SeneddDayPaths | 'paired' | undefined,
  olderVersions: Map<string, string[]>,
  options: IngestOptions,
): Promise<FileOutcome> | FileOutcome {
  if (senedd === 'paired') return { kind: 'paired' };
  if (senedd) {
    const older = [senedd.en, senedd.cy].flatMap((f) => (f ? (olderVersions.get(f) ?? []) : []));
    return ingestSeneddDay(senedd, options.db, { olderVersions: older, register: options.register });
  }
  if (parseDayFileName(file)?.kind === 'sp-questions') return ingestTrackingFile(file, options.db);
  return ingestFile(file, options.db, { olderVersions: olderVersions.get(file) ?? [], register: options.register });
}

type FileOutcome =
  | { kind: 'stored'; records: number; contributions: number; redirected: number }
  | { kind: 'unchanged' }
  | { kind: 'superseded' }
  /** The other language's file of a Senedd day: read, stored and counted with the first one. */
  | { kind: 'paired' }
  | { kind: 'failed'; reason: string };

export interface IngestFileOptions {
  /** Earlier versions of the same ParlParse day, whose gid redirects old permalinks follow. */
  olderVersions: string[];
  register: RegisterIndex;
}

/** A file's bytes, refused from its size on disk before a byte is read: a 5 GB file must not be read into memory. */
function readBounded(file: string): { bytes: Buffer } | { failed: string } {
  try {
    const size = statSync(file).size;
    if (size > MAX_DOCUMENT_BYTES) return { failed: tooLargeMessage(file, size) };
    return { bytes: readFileSync(file) };
  } catch (e) {
    return { failed: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

export async function ingestFile(file: string, db: Db, options: IngestFileOptions): Promise<FileOutcome> {
  const read = readBounded(file);
  if ('failed' in read) return { kind: 'failed', reason: read.failed };
  const bytes = read.bytes;
  const sha256 = sha256Of(bytes);
  return parseAndStore(db, options, { key: documentKey(file), fileName: file, sha256 }, () => parseDocument(bytes, { fileName: file }));
}

/**
 * What follows reading, for a day file and a Senedd day alike: skip it when unchanged, parse,
 * refuse what holds no records, read the older versions' gid redirects, store in one transaction.
 */
async function parseAndStore(
  db: Db,
  options: IngestFileOptions,
  doc: { key: string; fileName: string; sha256: string },
  parse: () => ReturnType<typeof parseDocument>,
): Promise<FileOutcome> {
  if (await isUnchanged(db, doc.key, doc.sha256)) return { kind: 'unchanged' };
  let parsed;
  try {
    parsed = parse();
  } catch (e) {
    return parseFailed(doc.fileName, e);
  }
  // A superseded day-file version is not an error: the later version (same document key) counts.
  if (parsed.superseded) return { kind: 'superseded' };
  if (!parsed.records.length) return { kind: 'failed', reason: `${doc.fileName}: no records found in this document` };
  let redirects;
  try {
    redirects = readRedirects(options.olderVersions);
  } catch (e) {
    return {
      kind: 'failed',
      reason: `${doc.fileName}: an earlier version of this day cannot be read, nothing of it was written (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  return storeParsed(db, options.register, { ...doc, format: parsed.format, rawText: parsed.text, records: parsed.records, redirects });
}

async function storeParsed(db: Db, register: RegisterIndex, doc: Parameters<typeof storeIngested>[2]): Promise<FileOutcome> {
  try {
    const stored = await storeIngested(db, register, doc);
    return { kind: 'stored', records: stored.records, contributions: stored.contributions, redirected: stored.redirected };
  } catch (e) {
    return storeFailed(doc.fileName, e);
  }
}

/** The English and Welsh files of one Senedd day (either may be missing). */
export interface SeneddDayPaths {
  en: string | null;
  cy: string | null;
}

/**
 * The Senedd's day files among the latest versions, by day: each day's first file maps to both
 * languages' paths, its other language's file to 'paired' (stored with the first). A file outside
 * a `senedd/en/` or `senedd/cy/` folder is a day of its own (its gids say its language).
 */
function pairSeneddLanguages(latest: readonly string[]): Map<string, SeneddDayPaths | 'paired'> {
  const byDay = new Map<string, SeneddDayPaths & { first: string }>();
  const out = new Map<string, SeneddDayPaths | 'paired'>();
  for (const file of latest) {
    const day = parseDayFileName(file);
    if (day?.kind !== 'senedd') continue;
    const language = day.dayKey.startsWith('cy/') ? 'cy' : day.dayKey.startsWith('en/') ? 'en' : null;
    if (!language) {
      out.set(file, { en: file, cy: null });
      continue;
    }
    // The two language folders of one mirror: their parents are the same `senedd/` folder.
    const key = `${path.dirname(path.dirname(file))}|${day.date}`;
    const pair = byDay.get(key) ?? { en: null, cy: null, first: file };
    pair[language] = file;
    byDay.set(key, pair);
  }
  for (const { en, cy, first } of byDay.values()) {
    // One language given alone (`npm run ingest …/senedd/cy/senedd2020-01-08.xml`): its sibling in
    // the mirror is read with it, so storing the day again never drops the language not named.
    out.set(first, { en: en ?? siblingOf(first, 'en'), cy: cy ?? siblingOf(first, 'cy') });
    for (const other of [en, cy]) if (other && other !== first) out.set(other, 'paired');
  }
  return out;
}

/** The same day's file in the other language's folder, when it is there. */
function siblingOf(file: string, language: 'en' | 'cy'): string | null {
  const sibling = path.join(path.dirname(path.dirname(file)), language, path.basename(file));
  return sibling !== file && existsSync(sibling) ? sibling : null;
}

/**
 * A Senedd day: its English and Welsh files read together into one document (the day's key, one
 * transaction), each speech once in the language it was spoken in with its translation linked
 * (lib/parse: parseSeneddDay). Its checksum covers both files, so the second language arriving
 * later stores the day again, complete, under the same ids.
 */
export async function ingestSeneddDay(files: SeneddDayPaths, db: Db, options: IngestFileOptions): Promise<FileOutcome> {
  const read: { en: SeneddDayFile | null; cy: SeneddDayFile | null } = { en: null, cy: null };
  for (const language of ['en', 'cy'] as const) {
    const file = files[language];
    if (!file) continue;
    const got = readBounded(file);
    if ('failed' in got) return { kind: 'failed', reason: got.failed };
    read[language] = { bytes: got.bytes, fileName: file };
  }
  const main = (files.en ?? files.cy)!;
  const sha256 = sha256Of(`en:${read.en ? sha256Of(read.en.bytes) : '-'}\ncy:${read.cy ? sha256Of(read.cy.bytes) : '-'}`);
  return parseAndStore(db, options, { key: documentKey(main), fileName: main, sha256 }, () => parseSeneddDay(read));
}

/**
 * A Scottish Parliament question tracking file (`sp-questions/up-to-<time>.xml`): its mentions
 * replace what the same file gave before, in one transaction; unchanged files are skipped by
 * checksum. Not a document of records: nothing is indexed, the question pages read the mentions.
 */
export async function ingestTrackingFile(file: string, db: Db): Promise<FileOutcome> {
  const read = readBounded(file);
  if ('failed' in read) return { kind: 'failed', reason: read.failed };
  const sha256 = sha256Of(read.bytes);
  const key = path.basename(file).replace(/\.xml$/i, '');
  if ((await getStoredTrackingSha256(db, key)) === sha256) return { kind: 'unchanged' };
  let tracking;
  try {
    tracking = parseSpQuestionTracking(decodeDocument(read.bytes, file), file);
  } catch (e) {
    return parseFailed(file, e);
  }
  try {
    await storeTrackingFile(db, { key, sha256, mentions: tracking.mentions });
    return { kind: 'stored', records: 0, contributions: 0, redirected: 0 };
  } catch (e) {
    return storeFailed(file, e);
  }
}

/** A file the parser refused (its own one-line message) or failed on (named with the file). */
function parseFailed(file: string, e: unknown): FileOutcome {
  const reason = e instanceof DocumentParseError ? e.message : `${file}: the parser failed (${e instanceof Error ? e.message : String(e)})`;
  return { kind: 'failed', reason };
}

/** A file whose transaction failed: nothing of it was written (the error's last line, Prisma's being long). */
function storeFailed(file: string, e: unknown): FileOutcome {
  return {
    kind: 'failed',
    reason: `${file}: could not be stored, nothing of it was written (${e instanceof Error ? e.message.split('\n').slice(-1)[0] : String(e)})`,
  };
}

/** Contribution redirects from the `<gidredirect>`s of earlier versions of a day, oldest first (a later redirect wins). */
function readRedirects(files: string[]) {
  return files.flatMap((f) =>
    readGidRedirects(readOlderVersion(f)).map((r) => ({
      // A Senedd item is stored under its English gid, whichever language's file redirects it.
      oldId: contributionIdForSource(canonicalSeneddGid(r.oldGid)),
      newId: contributionIdForSource(canonicalSeneddGid(r.newGid)),
    })),
  );
}

/** An older version is held to the same size cap as any document: it is read whole, and comes from the same source. */
function readOlderVersion(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) throw new Error(tooLargeMessage(file, size));
  return readFileSync(file, 'latin1');
}
