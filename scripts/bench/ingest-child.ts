/**
 * The ingest phase of the benchmark in its own process, as `npm run ingest` runs it, so that its
 * peak RSS is the ingest's alone (not the benchmark's parse phase or query clients). Reads the
 * services from BENCH_* variables, prints one JSON line with the measurements on stdout.
 */
import { createDb } from '../../lib/db/client';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient } from '../../lib/search/index-admin';
import { trackPeakRss } from './stats';
import { getDefaultRegisterIndex } from '../../lib/members';

const [dir] = process.argv.slice(2);
const { BENCH_DATABASE_URL, BENCH_MEILI_URL, BENCH_MEILI_KEY, BENCH_INDEX } = process.env;
if (!dir || !BENCH_DATABASE_URL || !BENCH_MEILI_URL || !BENCH_INDEX) {
  console.error('ingest-child: usage: BENCH_DATABASE_URL=… BENCH_MEILI_URL=… BENCH_INDEX=… tsx ingest-child.ts DIR');
  process.exit(2);
}
const rss = trackPeakRss(100);
const startRss = process.memoryUsage.rss();
const db = createDb(BENCH_DATABASE_URL);
const search = createSearchClient(BENCH_MEILI_URL, BENCH_MEILI_KEY);
const started = performance.now();
let storedAt = started;
let lastLog = started;
const elapsed = () => Math.round((performance.now() - started) / 1000);
const summary = await ingestPaths([dir], {
  db,
  search: { client: search, indexName: BENCH_INDEX },
  register: getDefaultRegisterIndex(),
  onFile: ({ done, total }) => {
    storedAt = performance.now();
    if (storedAt - lastLog > 15_000) {
      lastLog = storedAt;
      const m = process.memoryUsage();
      console.error(
        `  stored ${done}/${total} files (${elapsed()} s, RSS ${Math.round(rss.peak / 1e6)} MB; now heap ${Math.round(m.heapUsed / 1e6)}/${Math.round(m.heapTotal / 1e6)} MB, external ${Math.round(m.external / 1e6)} MB, array buffers ${Math.round(m.arrayBuffers / 1e6)} MB)`,
      );
    }
  },
  onIndexProgress: (p) => {
    if (performance.now() - lastLog > 15_000) {
      lastLog = performance.now();
      console.error(`  indexed ${p.contributions} contributions (${elapsed()} s, RSS ${Math.round(rss.peak / 1e6)} MB)`);
    }
  },
});
const end = performance.now();
await db.$disconnect();
console.log(
  JSON.stringify({
    files: summary.files,
    stored: summary.stored,
    failed: summary.failed.length,
    firstFailure: summary.failed[0]?.reason ?? null,
    indexError: summary.indexError,
    records: summary.records,
    contributions: summary.contributions,
    seconds: (end - started) / 1000,
    storeSeconds: (storedAt - started) / 1000,
    indexSeconds: (end - storedAt) / 1000,
    startRss,
    peakRss: rss.stop(),
  }),
);
process.exit(0);
