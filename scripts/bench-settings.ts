/**
 * `npm run bench:settings -- --size 10k|100k|1m [--seed N] [--rounds N] [--only a,b] [--no-compaction] [--keep]`:
 * the index settings sweep of decision 023. Generates (or reuses) the bench corpus, starts the
 * bench's own Postgres and Meilisearch, ingests the corpus once as `npm run bench` does, then
 * builds each variant of scripts/bench/settings-variants.ts afresh from Postgres and prints its
 * bytes per contribution, indexing seconds and search p95 over bench/queries.json with every facet,
 * and whether it finds what the index before the decision found. Writes
 * bench/results/<date>-settings-<size>.md and stops everything it started.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../lib/db/client';
import { createHttpTransport } from '../lib/search/http-transport';
import { createSearchClient } from '../lib/search/index-admin';
import { isCorpusCurrent, readManifest, writeCorpus } from './bench/corpus';
import { checkDiskSpace, measureDiskPlaces } from './bench/disk-space';
import { measureIngest } from './bench/measure';
import { parseCorpusArgs, ROOT, SOURCES } from './bench/options';
import { loadQueries, type BenchQuery } from './bench/queries';
import { machineInfo } from './bench/report';
import { benchDataDir, startBenchServices, type BenchServices } from './bench/services';
import { sweepLines, sweepMarkdown, type SweepReport } from './bench/settings-report';
import { dropIndex, findProbes, measureVariant, type SweepContext, type VariantResult } from './bench/settings-sweep';
import { settingsVariants } from './bench/settings-variants';
import { fail, runCommand } from './support/cli';

const INGEST_INDEX = 'bench_contributions';

await runCommand('bench:settings', async () => {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? undefined : argv.splice(i, 2)[1];
  };
  const rounds = Number(option('rounds') ?? 20);
  if (!Number.isInteger(rounds) || rounds <= 0) fail('bench:settings: --rounds must be a positive whole number', 2);
  const only = option('only')
    ?.split(',')
    .map((s) => s.trim());
  const args = parseCorpusArgs(argv, { size: '100k' });
  if (typeof args === 'string') fail(`bench:settings: ${args}`, 2);
  const variants = settingsVariants().filter((v, i) => i === 0 || !only || only.includes(v.name));
  if (only) for (const name of only) if (!variants.some((v) => v.name === name)) fail(`bench:settings: no variant named ${JSON.stringify(name)}`, 2);

  const started = performance.now();
  const log = (line: string) => console.log(`[${Math.round((performance.now() - started) / 1000)}s] ${line}`);
  const corpusOnDisk = isCorpusCurrent(args.dir, args);
  const disk = checkDiskSpace(measureDiskPlaces({ ...args, corpusDir: args.dir, corpusOnDisk, dataDir: benchDataDir(ROOT) }));
  if (!disk.ok) fail(`bench:settings: --size ${args.size} ${disk.line}`, 2);
  if (!corpusOnDisk) {
    log(`generating the ${args.mode} corpus of ${args.size} contributions in ${args.dir}…`);
    await writeCorpus({ dir: args.dir, contributions: args.contributions, seed: args.seed, mode: args.mode, sources: SOURCES });
  }
  const manifest = readManifest(args.dir)!;
  log(`corpus: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB`);

  let services: BenchServices | null = null;
  let db: ReturnType<typeof createDb> | null = null;
  const stopAll = async () => {
    await db?.$disconnect().catch(() => {});
    await services?.stop().catch(() => {});
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(143)));
  try {
    services = await startBenchServices(ROOT);
    const admin = createSearchClient(services.meiliUrl, services.meiliKey);
    log('ingest: storing and indexing (in its own process)…');
    const ingest = await measureIngest(ROOT, args.dir, { ...services, indexName: INGEST_INDEX });
    if (ingest.contributions === 0) throw new Error(`nothing was ingested (${ingest.firstFailure ?? 'no failure reported'})`);
    const stats = await admin.getStats();
    const ingestedDocs = stats.indexes[INGEST_INDEX]?.numberOfDocuments ?? 0;
    const ingested = {
      bytesPerContribution: Math.round(stats.databaseSize / ingestedDocs),
      usedBytesPerContribution: Math.round(stats.usedDatabaseSize / ingestedDocs),
      seconds: ingest.seconds,
    };
    log(
      `ingest: ${ingest.contributions} contributions in ${ingest.seconds} s; ${ingested.bytesPerContribution} bytes per contribution (in use ${ingested.usedBytesPerContribution})`,
    );
    // Only the variant being measured stays in Meilisearch, so snapshots and sizes are its own.
    await dropIndex({ admin } as SweepContext, INGEST_INDEX);

    db = createDb(services.databaseUrl);
    const ctx: SweepContext = {
      db,
      admin,
      search: createSearchClient(services.meiliUrl, services.meiliKey, { httpClient: createHttpTransport() }),
      dataDir: services.dataDir,
    };
    const queries = loadQueries(ROOT);
    let probes: BenchQuery[] | null = null;
    const results: VariantResult[] = [];
    for (const [i, variant] of variants.entries()) {
      log(`variant ${i + 1}/${variants.length}: ${variant.name} — ${variant.change}`);
      const indexName = `sweep_${i}`;
      results.push(
        await measureVariant(ctx, variant, indexName, {
          queries,
          // Read once, from the first (before) variant, so every variant answers the same probes.
          probes: async (name) => (probes ??= await findProbes(admin, name)),
          rounds,
          compaction: !args.flags.has('no-compaction') && (i === 0 || variant.name === 'chosen'),
          log,
        }),
      );
      if (!args.flags.has('keep')) await dropIndex(ctx, indexName);
    }

    const report: SweepReport = {
      date: new Date().toISOString().slice(0, 10),
      size: args.size,
      seed: args.seed,
      machine: machineInfo(),
      contributions: ingest.contributions,
      rounds,
      ingested,
      probes: (probes ?? []).map(({ name, params }) => ({ name, params })),
      variants: results,
    };
    for (const line of sweepLines(report)) console.log(line);
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${report.date}-settings-${args.size}.md`);
    writeFileSync(file, sweepMarkdown(report));
    console.log(`results: ${file}`);
  } finally {
    await stopAll();
    if (services && !args.flags.has('keep')) rmSync(services.dataDir, { recursive: true, force: true });
  }
});
