/**
 * The benchmark's measurements, each a function of the running services: parse throughput,
 * end-to-end ingest, index sizes on disk, and search latency for the query mix (ours and the
 * Postgres baseline, timed the same way: wall time of the whole in-process call).
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type pg from 'pg';
import { expandPaths } from '../../lib/ingest/files';
import { parseDocument } from '../../lib/parse';
import { searchContributions } from '../../lib/search/run-search';
import { BASELINE_SCHEMA, getDatabaseSizeBytes, searchBaseline } from './fts-baseline';
import { getTableSizes, type TableSize } from './table-sizes';
import { allocatedBytes } from './disk-space';
import type { BenchQuery } from './queries';
import { createRng } from './prng';
import { summarize, type Summary } from './stats';

/** Parses files (every file, or an even sample up to `maxBytes`) without a database. */
export function measureParse(dir: string, maxBytes: number) {
  const { files } = expandPaths([dir]);
  const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const step = Math.max(1, Math.ceil(totalBytes / maxBytes));
  let bytes = 0;
  let contributions = 0;
  let failures = 0;
  let seconds = 0;
  for (let i = 0; i < files.length; i += step) {
    const buf = readFileSync(files[i]);
    const t0 = performance.now();
    try {
      contributions += parseDocument(buf, { fileName: files[i] }).records.reduce((n, r) => n + r.contributions.length, 0);
    } catch {
      failures++;
    }
    seconds += (performance.now() - t0) / 1000;
    bytes += buf.length;
  }
  return {
    files: Math.ceil(files.length / step),
    sampledEvery: step,
    megabytes: round(bytes / 1e6),
    seconds: round(seconds),
    mbPerSecond: round(bytes / 1e6 / seconds),
    contributionsPerSecond: Math.round(contributions / seconds),
    failures,
  };
}

/** Node options of `npm run ingest` (package.json), kept equal by tests/unit/bench. */
export const INGEST_NODE_OPTIONS = '--max-old-space-size=512';

/** Runs the ingest in a child process (scripts/bench/ingest-child.ts), as `npm run ingest` would. */
export async function measureIngest(root: string, dir: string, env: { databaseUrl: string; meiliUrl: string; meiliKey: string; indexName: string }) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'bench', 'ingest-child.ts'), dir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      // The same heap cap as `npm run ingest` (package.json), so the peak RSS measured is the one a
      // user's ingest has (V8 sizes its heap, garbage included, from the cap).
      env: {
        ...process.env,
        NODE_OPTIONS: INGEST_NODE_OPTIONS,
        BENCH_DATABASE_URL: env.databaseUrl,
        BENCH_MEILI_URL: env.meiliUrl,
        BENCH_MEILI_KEY: env.meiliKey,
        BENCH_INDEX: env.indexName,
      },
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code: number | null = await new Promise((resolve) => child.once('exit', resolve));
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`the ingest process exited with ${code}: ${last.slice(0, 200)}`);
  const r = JSON.parse(last) as {
    files: number;
    stored: number;
    failed: number;
    firstFailure: string | null;
    indexError: string | null;
    records: number;
    contributions: number;
    seconds: number;
    storeSeconds: number;
    indexSeconds: number;
    startRss: number;
    peakRss: number;
  };
  if (r.indexError) throw new Error(`indexing failed: ${r.indexError}`);
  return {
    files: r.files,
    stored: r.stored,
    failed: r.failed,
    firstFailure: r.firstFailure,
    records: r.records,
    contributions: r.contributions,
    seconds: round(r.seconds),
    storeSeconds: round(r.storeSeconds),
    indexSeconds: round(r.indexSeconds),
    contributionsPerSecond: Math.round(r.contributions / r.seconds),
    startRssMb: mb(r.startRss),
    peakRssMb: mb(r.peakRss),
  };
}

/** Meilisearch's own time spent on document additions and deletions (its task durations). */
export async function meiliTaskSeconds(search: Meilisearch, indexName: string) {
  const byType: Record<string, number> = {};
  let from: number | undefined;
  for (;;) {
    const page = await search.tasks.getTasks({ indexUids: [indexName], limit: 1000, ...(from !== undefined ? { from } : {}) });
    for (const t of page.results) byType[t.type] = round((byType[t.type] ?? 0) + isoSeconds(t.duration));
    if (page.next == null) break;
    from = page.next;
  }
  return byType;
}

function isoSeconds(d: string | null | undefined): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(d ?? '');
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
}

/**
 * Disk taken, whole and per contribution: Meilisearch's /stats databaseSize (and the part of it in
 * use) and its directory (allocated blocks); Postgres's database, its directory (with WAL), the app's tables
 * (pg_total_relation_size: indexes and TOAST included) and the baseline's copy apart.
 */
export async function measureSizes(search: Meilisearch, indexName: string, pool: pg.Pool, dataDir: string, contributions: number) {
  const stats = await search.getStats();
  const appTables = await getTableSizes(pool);
  const baselineTables = await getTableSizes(pool, BASELINE_SCHEMA);
  const sum = (ts: TableSize[]) => ts.reduce((n, t) => n + t.bytes, 0);
  const meiliDocuments = stats.indexes[indexName]?.numberOfDocuments ?? 0;
  return {
    meiliDatabaseMb: mb(stats.databaseSize),
    meiliDirMb: mb(allocatedBytes(path.join(dataDir, 'meilisearch'))),
    meiliDocuments,
    meiliBytesPerContribution: perItem(stats.databaseSize, meiliDocuments),
    // The pages in use: LMDB keeps the file's size after documents are replaced or deleted.
    meiliUsedDatabaseMb: mb(stats.usedDatabaseSize),
    meiliUsedBytesPerContribution: perItem(stats.usedDatabaseSize, meiliDocuments),
    postgresDatabaseMb: mb(await getDatabaseSizeBytes(pool)),
    postgresDirMb: mb(allocatedBytes(path.join(dataDir, 'postgres'))),
    postgresAppTablesMb: mb(sum(appTables)),
    postgresBytesPerContribution: perItem(sum(appTables), contributions),
    postgresBaselineMb: mb(sum(baselineTables)),
    postgresTables: Object.fromEntries(appTables.map((t) => [t.table, mb(t.bytes)])),
  };
}

export type MeasuredSizes = Awaited<ReturnType<typeof measureSizes>>;

const perItem = (bytes: number, items: number) => (items > 0 ? Math.round(bytes / items) : 0);

export interface LatencyReport {
  overall: Summary;
  perQuery: Array<{ name: string; params: string; total: number; ms: Summary; engineMs?: Summary }>;
}

/**
 * Runs the mix `rounds` times in a seeded shuffled order after one warm-up round, timing each
 * call's wall clock in-process (ours: the whole searchContributions — every multi-search query,
 * HTTP and JSON; engineMs is Meilisearch's processingTimeMs for the hits query, what the
 * Server-Timing header reports).
 */
export async function measureLatency(
  queries: BenchQuery[],
  rounds: number,
  run: (q: BenchQuery) => Promise<{ total: number; engineMs?: number }>,
): Promise<LatencyReport> {
  const rng = createRng(42);
  const all: number[] = [];
  const per = queries.map(() => ({ ms: [] as number[], engine: [] as number[], total: 0 }));
  for (let round = -1; round < rounds; round++) {
    const order = queries.map((_, i) => i).sort(() => rng.next() - 0.5);
    for (const i of order) {
      const t0 = performance.now();
      const r = await run(queries[i]);
      const ms = performance.now() - t0;
      per[i].total = r.total;
      if (round < 0) continue; // warm-up
      all.push(ms);
      per[i].ms.push(ms);
      if (r.engineMs !== undefined) per[i].engine.push(r.engineMs);
    }
  }
  return {
    overall: summarize(all),
    perQuery: queries.map((q, i) => ({
      name: q.name,
      params: q.params,
      total: per[i].total,
      ms: summarize(per[i].ms),
      ...(per[i].engine.length ? { engineMs: summarize(per[i].engine) } : {}),
    })),
  };
}

export const runMeili = (search: Meilisearch, indexName: string) => async (q: BenchQuery) => {
  const outcome = await searchContributions(search, indexName, q.request);
  if (!outcome.ok) throw new Error(`query "${q.name}": ${outcome.error}`);
  return { total: outcome.result.total, engineMs: outcome.result.processingTimeMs };
};

export const runBaseline = (pool: pg.Pool) => async (q: BenchQuery) => ({ total: (await searchBaseline(pool, q.request)).total });

export const round = (n: number) => Math.round(n * 100) / 100;
export const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
