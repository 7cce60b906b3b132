/**
 * `npm run sync`: TheyWorkForYou's parsed record and parlparse's member register, kept current.
 *
 * list (rsync --list-only, per kind folder) → select (kinds, dates, every version of each day) →
 * mirror into `DATA_DIR/parldata/scrapedxml/` (only what changed travels) → refresh the register
 * → ingest the mirrored files (unchanged ones skipped by hash; the latest version of a day stored,
 * older versions' gid redirects applied in the same transaction) → index.
 *
 * Every step can be interrupted and run again: the mirror only ever holds complete files, the
 * register and each document are written in one transaction each, and a rerun sends and stores
 * only what is missing. What fails is reported and the rest still lands.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import { SENEDD_LANGUAGES, type DayFileKind } from '../day-files';
import { ingestPaths, type IngestSummary } from '../ingest/ingest';
import type { IndexProgress } from '../ingest/index-documents';
import { loadCurrentRegister } from '../members/current';
import { tooLargeMessage } from '../parse/decode';
import { refreshRegister, type RegisterRefresh } from './register-refresh';
import { listFolder, listSubfolders, mirrorFiles, type ListedFile, type RsyncOptions } from './rsync';
import { selectDayFiles } from './select';

export interface SyncOptions extends RsyncOptions {
  /** `rsync://HOST[:PORT]/MODULE`, `HOST::MODULE` or a folder laid out as parldata. */
  source: string;
  kinds: readonly DayFileKind[];
  from?: string | null;
  to?: string | null;
  /** List and select only: nothing is transferred or stored. */
  dryRun?: boolean;
  /** Where the mirror lives (`DATA_DIR/parldata`). */
  mirrorDir: string;
  /** Folder or URL base with people.json and ministers-2010.json; null leaves the register alone. */
  membersSource: string | null;
  /** Where the converted register is written (lib/members/current.ts). */
  registerPath: string;
  db: Db;
  search: { client: Meilisearch; indexName: string } | null;
  onProgress?: (event: SyncProgress) => void;
}

export type SyncProgress =
  | { stage: 'list'; kind: DayFileKind }
  | { stage: 'mirror'; file: string; files: number; bytes: number; totalFiles: number; totalBytes: number }
  | { stage: 'register' }
  | { stage: 'ingest'; file: string; done: number; total: number }
  | { stage: 'index'; progress: IndexProgress };

export interface SyncFailure {
  /** The file or source concerned, when there is one. */
  file: string | null;
  reason: string;
}

export interface SyncSummary {
  listed: number;
  selected: number;
  days: number;
  /** Selected files missing from the mirror or of another size: what a transfer would send at least. */
  toFetch: number;
  toFetchBytes: number;
  /** Files rsync transferred (new or changed). */
  fetched: number;
  fetchedBytes: number;
  /** Of the latest versions: stored now, already stored unchanged. */
  ingested: number;
  unchanged: number;
  /** Older versions of days, skipped (their gid redirects went to the latest). */
  superseded: number;
  /** Old permalinks that now redirect. */
  redirected: number;
  contributions: number;
  register: RegisterRefresh | null;
  ingest: IngestSummary | null;
  failed: SyncFailure[];
}

/** The folder under a parldata source (and the mirror) that holds the day files. */
export const SCRAPED_XML = 'scrapedxml';

export async function runSync(options: SyncOptions): Promise<SyncSummary> {
  const summary: SyncSummary = {
    listed: 0,
    selected: 0,
    days: 0,
    toFetch: 0,
    toFetchBytes: 0,
    fetched: 0,
    fetchedBytes: 0,
    ingested: 0,
    unchanged: 0,
    superseded: 0,
    redirected: 0,
    contributions: 0,
    register: null,
    ingest: null,
    failed: [],
  };
  const listed: ListedFile[] = [];
  // One folder at a time, one connection at a time. A source that cannot be listed stops the run
  // before anything is touched.
  for (const kind of options.kinds) {
    options.onProgress?.({ stage: 'list', kind });
    for (const folder of await foldersOf(kind, options)) {
      const files = await listFolder(options.source, `${SCRAPED_XML}/${folder}`, options);
      listed.push(...files.map((f) => ({ name: `${folder}/${f.name}`, size: f.size })));
    }
  }
  summary.listed = listed.length;
  const selection = selectDayFiles(listed, options);
  summary.selected = selection.files.length;
  summary.days = selection.days;
  for (const f of selection.tooLarge) summary.failed.push({ file: f.name, reason: `${tooLargeMessage(f.name, f.size)}; not fetched` });
  const mirror = path.join(options.mirrorDir, SCRAPED_XML);
  const toFetch = selection.files.filter((f) => sizeOf(path.join(mirror, f.name)) !== f.size);
  const totalBytes = toFetch.reduce((n, f) => n + f.size, 0);
  summary.toFetch = toFetch.length;
  summary.toFetchBytes = totalBytes;
  if (options.dryRun) return summary;

  const mirrored = await mirrorFiles(
    options.source,
    '',
    selection.files.map((f) => `${SCRAPED_XML}/${f.name}`),
    options.mirrorDir,
    {
      ...options,
      onFile: (file, bytes) => {
        if (!file.startsWith(`${SCRAPED_XML}/`)) return;
        summary.fetched++;
        summary.fetchedBytes += bytes;
        options.onProgress?.({ stage: 'mirror', file, files: summary.fetched, bytes: summary.fetchedBytes, totalFiles: toFetch.length, totalBytes });
      },
    },
  );
  if (mirrored.error) summary.failed.push({ file: null, reason: mirrored.error });

  if (options.membersSource) {
    options.onProgress?.({ stage: 'register' });
    try {
      summary.register = await refreshRegister(options.db, {
        source: options.membersSource,
        registerPath: options.registerPath,
        timeoutSeconds: options.timeoutSeconds,
      });
      summary.failed.push(...skippedEntryFailures(summary.register.skipped));
    } catch (e) {
      summary.failed.push({ file: null, reason: `register not refreshed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  // Only files that arrived whole: after an interrupted transfer the rest waits for the next run.
  const complete = selection.files.filter((f) => sizeOf(path.join(mirror, f.name)) === f.size);
  const arrived = new Set(complete);
  const missing = selection.latest.filter((f) => !arrived.has(f));
  for (const f of missing) summary.failed.push({ file: f.name, reason: `${f.name}: not transferred; the next sync fetches it` });
  const current = loadCurrentRegister(options.registerPath);
  const ingest = await ingestPaths(
    complete.map((f) => path.join(mirror, f.name)),
    {
      db: options.db,
      search: options.search,
      register: current.index,
      onFile: ({ file, done, total }) => options.onProgress?.({ stage: 'ingest', file: path.basename(file), done, total }),
      onIndexProgress: (progress) => options.onProgress?.({ stage: 'index', progress }),
    },
  );
  summary.ingest = ingest;
  summary.ingested = ingest.stored;
  summary.unchanged = ingest.unchanged;
  summary.superseded = ingest.superseded;
  summary.redirected = ingest.redirected;
  summary.contributions = ingest.contributions;
  summary.failed.push(...ingest.failed.map((f) => ({ file: path.relative(mirror, f.file), reason: f.reason })));
  if (ingest.indexError)
    summary.failed.push({ file: null, reason: `index not updated (${ingest.indexError}); the documents are stored and wait for the index` });
  return summary;
}

/**
 * The folders below `scrapedxml/` that hold a kind's day files: the kind's own, for sp-new one per
 * body, for the Senedd one per language (ingest reads a day's two files together: each speech is
 * stored once, with its translation linked; docs/devolved.md).
 */
async function foldersOf(kind: DayFileKind, options: SyncOptions): Promise<string[]> {
  if (kind === 'senedd') return SENEDD_LANGUAGES.map((language) => `senedd/${language}`);
  if (kind === 'sp-new') return (await listSubfolders(options.source, `${SCRAPED_XML}/sp-new`, options)).map((body) => `sp-new/${body}`);
  return [kind];
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null; // not mirrored yet
  }
}

/** Entries the register left out count as failures (the exit code says so), each named; a long list is cut short. */
function skippedEntryFailures(skipped: RegisterRefresh['skipped']): SyncSummary['failed'] {
  const named = skipped.slice(0, 20).map((s) => ({ file: null, reason: `register: ${s.file} ${s.at}${s.id ? ` ${s.id}` : ''} skipped (${s.reason})` }));
  return skipped.length > named.length ? [...named, { file: null, reason: `register: ${skipped.length - named.length} more entries skipped` }] : named;
}
