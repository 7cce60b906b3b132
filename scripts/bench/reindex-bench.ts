/**
 * `npm run reindex` on the bench's full index, in its own process: how long it takes, whether
 * search kept answering the whole record meanwhile (every half second a search, which must not
 * fail, and the live index's document count: a search's total stops at the settings' maxTotalHits),
 * and Meilisearch's disk before and after — the rebuild writes a new index and
 * deletes the old one, so its directory gives back what LMDB kept of replaced documents.
 */
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { allocatedBytes } from './disk-space';
import { commandEnv, startCommand } from './command-child';
import type { BenchServices } from './services';

export interface DiskFigures {
  documents: number;
  /** Meilisearch's /stats databaseSize ÷ documents, and its data directory on disk ÷ documents. */
  bytesPerContribution: number;
  usedBytesPerContribution: number;
  dirBytesPerContribution: number;
  dirMb: number;
}

export interface ReindexBench {
  seconds: number;
  code: number | null;
  /** Fewest documents the live index held while the rebuild ran (the whole record: `before.documents`). */
  minDocumentsDuring: number | null;
  searchErrors: number;
  before: DiskFigures;
  after: DiskFigures;
}

async function diskFigures(search: Meilisearch, indexName: string, dataDir: string): Promise<DiskFigures> {
  const stats = await search.getStats();
  const documents = stats.indexes[indexName]?.numberOfDocuments ?? 0;
  const dir = allocatedBytes(path.join(dataDir, 'meilisearch'));
  const per = (bytes: number) => (documents ? Math.round(bytes / documents) : 0);
  return {
    documents,
    bytesPerContribution: per(stats.databaseSize),
    usedBytesPerContribution: per(stats.usedDatabaseSize),
    dirBytesPerContribution: per(dir),
    dirMb: Math.round(dir / 1e5) / 10,
  };
}

export async function measureReindex(
  root: string,
  services: BenchServices,
  search: Meilisearch,
  indexName: string,
  commandDataDir: string,
): Promise<ReindexBench> {
  const before = await diskFigures(search, indexName, services.dataDir);
  const run = startCommand(root, 'reindex.ts', [], commandEnv(services, indexName, commandDataDir));
  let running = true;
  let minDocuments: number | null = null;
  let searchErrors = 0;
  const polling = (async () => {
    while (running) {
      try {
        await search.index(indexName).search('', { page: 1, hitsPerPage: 1 });
        const { numberOfDocuments } = await search.index(indexName).getStats();
        minDocuments = Math.min(minDocuments ?? numberOfDocuments, numberOfDocuments);
      } catch {
        searchErrors++;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  const result = await run.done;
  running = false;
  await polling;
  if (result.code !== 0) throw new Error(`npm run reindex failed (exit ${result.code ?? result.signal}): ${result.stderr.trim().split('\n').pop()}`);
  return {
    seconds: result.seconds,
    code: result.code,
    minDocumentsDuring: minDocuments,
    searchErrors,
    before,
    after: await diskFigures(search, indexName, services.dataDir),
  };
}

/** The bench's line for it. */
export function reindexLine(r: ReindexBench): string {
  return (
    `reindex: ${r.after.documents} contributions in ${r.seconds} s; the live index held at least ${r.minDocumentsDuring ?? '?'} of ${r.before.documents} throughout and search failed ${r.searchErrors} times; ` +
    `Meilisearch bytes per contribution before → after: ${r.before.bytesPerContribution} → ${r.after.bytesPerContribution} (in use ${r.before.usedBytesPerContribution} → ${r.after.usedBytesPerContribution}; directory on disk ${r.before.dirBytesPerContribution} → ${r.after.dirBytesPerContribution}, ${r.before.dirMb} → ${r.after.dirMb} MB)`
  );
}
