/**
 * The benchmark's measurements, each a function of the running services: parse throughput,
 * end-to-end ingest, index sizes on disk, and search latency for the query mix (ours and the
 * Postgres baseline, timed the same way: wall time of the whole in-process call).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Meilisearch } from 'meilisearch';
import type pg from 'pg';
import type { Db } from '../../lib/db/client';
import { expandPaths } from '../../lib/ingest/files';
import { ingestPaths } from '../../lib/ingest/ingest';
import { parseDocument } from '../../lib/parse';
import { searchContributions } from '../../lib/search/search';
import { searchBaseline } from './pg-fts';
import type { BenchQuery } from './queries';
import { createRng } from './prng';
import { summarize, trackPeakRss, type Summary } from './stats';

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
  return { files: Math.ceil(files.length / step), sampledEvery: step, megabytes: round(bytes / 1e6), seconds: round(seconds), mbPerSecond: round(bytes / 1e6 / seconds), contributionsPerSecond: Math.round(contributions / seconds), failures };
}

export async function measureIngest(dir: string, db: Db, search: Meilisearch, indexName: string, log: (line: string) => void) {
  const rss = trackPeakRss();
  const started = performance.now();
  let storedAt = started;
  let lastLog = started;
  const summary = await ingestPaths([dir], {
    db,
    search: { client: search, indexName },
    onFile: ({ done, total }) => {
      storedAt = performance.now();
      if (storedAt - lastLog > 15_000) {
        lastLog = storedAt;
        log(`  stored ${done}/${total} files (${Math.round((storedAt - started) / 1000)} s, RSS ${mb(rss.peak)} MB)`);
      }
    },
    onIndexProgress: (p) => {
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        log(`  indexed ${p.contributions} contributions (${Math.round((performance.now() - started) / 1000)} s)`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const peakRss = rss.stop();
  if (summary.indexError) throw new Error(`indexing failed: ${summary.indexError}`);
  return {
    files: summary.files,
    stored: summary.stored,
    failed: summary.failed.length,
    firstFailure: summary.failed[0]?.reason ?? null,
    records: summary.records,
    contributions: summary.contributions,
    seconds: round(seconds),
    storeSeconds: round((storedAt - started) / 1000),
    indexSeconds: round((performance.now() - storedAt) / 1000),
    contributionsPerSecond: Math.round(summary.contributions / seconds),
    peakRssMb: mb(peakRss),
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

export async function measureSizes(search: Meilisearch, indexName: string, pool: pg.Pool) {
  const stats = await search.getStats();
  const { rows } = await pool.query(`SELECT pg_database_size(current_database())::bigint AS size`);
  return {
    meiliDatabaseMb: mb(stats.databaseSize),
    meiliDocuments: stats.indexes[indexName]?.numberOfDocuments ?? 0,
    postgresDatabaseMb: mb(Number(rows[0].size)),
  };
}

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
    perQuery: queries.map((q, i) => ({ name: q.name, params: q.params, total: per[i].total, ms: summarize(per[i].ms), ...(per[i].engine.length ? { engineMs: summarize(per[i].engine) } : {}) })),
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
