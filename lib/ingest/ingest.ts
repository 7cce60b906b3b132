/**
 * read → parse → store (one transaction per document) → index. A file that cannot be read or
 * parsed is reported with one line and the others still land. Unchanged files (same SHA-256 as
 * stored) are skipped. Indexing runs after storing, for everything still waiting for the index.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import { documentKey } from '../ids';
import { parseDocument } from '../parse';
import { MAX_DOCUMENT_BYTES, tooLargeMessage } from '../parse/decode';
import { DocumentParseError } from '../parse/record';
import { indexPendingDocuments, type IndexProgress } from './index-documents';
import { expandPaths } from './files';
import { storeDocument } from './store';

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  stored: number;
  unchanged: number;
  /** ParlParse day-file versions marked latest="no": skipped, a later version counts. */
  superseded: number;
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
}

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const { files, missing } = expandPaths(paths);
  const summary: IngestSummary = {
    files: files.length,
    stored: 0,
    unchanged: 0,
    superseded: 0,
    failed: missing.map((file) => ({ file, reason: `${file}: no such file or folder` })),
    records: 0,
    contributions: 0,
    indexed: null,
    indexError: null,
  };
  let done = 0;
  for (const file of files) {
    const outcome = await ingestFile(file, options.db);
    done++;
    if (outcome.kind === 'failed') summary.failed.push({ file, reason: outcome.reason });
    else if (outcome.kind === 'unchanged') summary.unchanged++;
    else if (outcome.kind === 'superseded') summary.superseded++;
    else {
      summary.stored++;
      summary.records += outcome.records;
      summary.contributions += outcome.contributions;
    }
    options.onFile?.({ file, done, total: files.length, outcome: outcome.kind, contributions: outcome.kind === 'stored' ? outcome.contributions : 0 });
  }
  if (options.search) {
    try {
      summary.indexed = await indexPendingDocuments(options.db, options.search.client, options.search.indexName, { onProgress: options.onIndexProgress });
    } catch (e) {
      summary.indexError = e instanceof Error ? e.message : String(e);
    }
  } else summary.indexError = 'Meilisearch is not reachable';
  return summary;
}

type FileOutcome = { kind: 'stored'; records: number; contributions: number } | { kind: 'unchanged' } | { kind: 'superseded' } | { kind: 'failed'; reason: string };

export async function ingestFile(file: string, db: Db): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    // Refused from its size on disk, before a byte is read: a 5 GB file must not be read into memory.
    const size = statSync(file).size;
    if (size > MAX_DOCUMENT_BYTES) return { kind: 'failed', reason: tooLargeMessage(file, size) };
    bytes = readFileSync(file);
  } catch (e) {
    return { kind: 'failed', reason: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = documentKey(file);
  const existing = await db.sourceDocument.findUnique({ where: { sourceKey: key }, select: { sha256: true } });
  if (existing?.sha256 === sha256) return { kind: 'unchanged' };
  let parsed;
  try {
    parsed = parseDocument(bytes, { fileName: file });
  } catch (e) {
    const reason = e instanceof DocumentParseError ? e.message : `${file}: the parser failed (${e instanceof Error ? e.message : String(e)})`;
    return { kind: 'failed', reason };
  }
  // A superseded day-file version is not an error: the later version (same document key) counts.
  if (parsed.superseded) return { kind: 'superseded' };
  if (!parsed.records.length) return { kind: 'failed', reason: `${file}: no records found in this document` };
  try {
    const stored = await storeDocument(db, {
      key,
      fileName: file,
      sha256,
      format: parsed.format,
      rawText: parsed.text,
      records: parsed.records,
    });
    return { kind: 'stored', records: stored.records, contributions: stored.contributions };
  } catch (e) {
    return { kind: 'failed', reason: `${file}: could not be stored, nothing of it was written (${e instanceof Error ? e.message.split('\n').slice(-1)[0] : String(e)})` };
  }
}
