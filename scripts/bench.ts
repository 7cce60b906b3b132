/**
 * `npm run bench -- --size 10k|100k|1m|5m [--real] [--seed N] [--rounds N] [--facet-rounds N]
 * [--load-seconds N] [--clients N] [--skip-load] [--keep]`: says how much disk the run needs and
 * refuses when it is not free (scripts/bench/disk-space.ts), generates (or reuses) the corpus,
 * starts its own Postgres and Meilisearch under .bench-data/ on free ports, measures parse,
 * ingest, bytes per contribution, search latency against a Postgres full-text baseline,
 * Meilisearch's engine time per facet, /search and /d/… under 20 concurrent clients with the CPU
 * each costs, and sync throughput (the shipped hansard/ from a local rsync daemon), then
 * writes bench/results/<date>-<size>.{json,md} and stops everything it started.
 * `--sync-size 10k|100k|1m|5m` measures the first full sync instead (scripts/bench/full-sync.ts).
 * Prints `search p95 ms: meili X, pg-fts Y, ratio Y/X` and `ingest contributions/s: N` first.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { createSearchClient } from '../lib/search/index-admin';
import { createHttpTransport } from '../lib/search/http-transport';
import { startApp, type RunningApp } from './bench/app-server';
import { isCorpusCurrent, readManifest, writeCorpus } from './bench/corpus';
import { runLoad } from './bench/load-test';
import { startCpuMeter } from './bench/cpu';
import { measureIngest, measureLatency, measureParse, measureSizes, meiliTaskSeconds, runBaseline, runMeili } from './bench/measure';
import { parseCorpusArgs, ROOT, SOURCES } from './bench/options';
import { buildBaseline, createBaselinePool, sampleRecordIds } from './bench/fts-baseline';
import { loadQueries } from './bench/queries';
import { detailLines, evaluateTargets, headlineLines, machineInfo, perQueryLines, writeResults, type BenchResults } from './bench/report';
import { facetCapLines, measureFacetCap } from './bench/facet-cap';
import { facetCostLines, measureFacetCost } from './bench/facet-cost';
import { facetSampleLines, facetSampleQueryLines, measureFacetSample } from './bench/facet-sample';
import { benchDataDir, startBenchServices, type BenchServices } from './bench/services';
import { checkDiskSpace, measureDiskPlaces } from './bench/disk-space';
import { measureSync } from './bench/sync-bench';
import { measureReindex, reindexLine, type ReindexBench } from './bench/reindex-bench';
import { benchFullSync } from './bench/full-sync-command';
import { fail, runCommand } from './support/cli';

const INDEX = 'bench_contributions';

await runCommand('bench', async () => {
  const argv = process.argv.slice(2);
  const numberOption = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const v = Number(argv.splice(i, 2)[1]);
    if (!Number.isFinite(v) || v <= 0) fail(`bench: --${name} must be a positive number`, 2);
    return v;
  };
  const syncSizeAt = argv.findIndex((a) => a === '--sync-size' || a.startsWith('--sync-size='));
  if (syncSizeAt >= 0) {
    // The first full sync, measured instead of the search bench (scripts/bench/full-sync.ts).
    const [taken, value] = argv.splice(syncSizeAt, argv[syncSizeAt].includes('=') ? 1 : 2);
    const error = await benchFullSync(taken.includes('=') ? taken.slice('--sync-size='.length) : (value ?? ''), argv);
    if (error) fail(`bench: ${error}`, 2);
    return;
  }
  const rounds = numberOption('rounds', 30);
  const facetRounds = numberOption('facet-rounds', 10);
  const loadSeconds = numberOption('load-seconds', 30);
  const clients = numberOption('clients', 20);
  const args = parseCorpusArgs(argv, { size: '10k' });
  if (typeof args === 'string') fail(`bench: ${args}`, 2);
  const started = performance.now();
  const log = (line: string) => console.log(`[${Math.round((performance.now() - started) / 1000)}s] ${line}`);
  const queries = loadQueries(ROOT);

  const corpusOnDisk = isCorpusCurrent(args.dir, args);
  const disk = checkDiskSpace(measureDiskPlaces({ ...args, corpusDir: args.dir, corpusOnDisk, dataDir: benchDataDir(ROOT) }));
  if (!disk.ok) fail(`bench: --size ${args.size} ${disk.line}`, 2);
  log(`disk: --size ${args.size} ${disk.line}`);

  let generatedSeconds: number | null = null;
  if (!corpusOnDisk) {
    log(`generating the ${args.mode} corpus of ${args.size} contributions in ${args.dir}…`);
    const t0 = performance.now();
    await writeCorpus({ dir: args.dir, contributions: args.contributions, seed: args.seed, mode: args.mode, sources: SOURCES });
    generatedSeconds = Math.round((performance.now() - t0) / 100) / 10;
  }
  const manifest = readManifest(args.dir)!;
  log(
    `corpus: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB${generatedSeconds !== null ? `, generated in ${generatedSeconds} s` : ' (reused)'}`,
  );

  const parse = measureParse(args.dir, 150e6);
  log(`parse: ${parse.mbPerSecond} MB/s over ${parse.megabytes} MB (${parse.failures} failures)`);

  let services: BenchServices | null = null;
  let app: RunningApp | null = null;
  let pool: pg.Pool | null = null;
  const stopAll = async () => {
    await app?.stop().catch(() => {});
    await pool?.end().catch(() => {});
    await services?.stop().catch(() => {});
  };
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    services = await startBenchServices(ROOT);
    log(`services: Postgres and Meilisearch under ${services.dataDir}`);
    const search = createSearchClient(services.meiliUrl, services.meiliKey);
    pool = createBaselinePool(services.databaseUrl);

    log('ingest: storing and indexing (in its own process)…');
    const ingest = await measureIngest(ROOT, args.dir, {
      databaseUrl: services.databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliKey: services.meiliKey,
      indexName: INDEX,
    });
    log(
      `ingest: ${ingest.contributions} contributions in ${ingest.seconds} s (store ${ingest.storeSeconds} s, index ${ingest.indexSeconds} s), peak RSS ${ingest.peakRssMb} MB (${ingest.startRssMb} MB at start), ${ingest.failed} files failed`,
    );
    if (ingest.firstFailure) log(`  first failure: ${ingest.firstFailure}`);
    if (ingest.contributions === 0) throw new Error('nothing was ingested, so there is nothing to measure (see the first failure above)');
    const taskSeconds = await meiliTaskSeconds(search, INDEX);

    log('search: Meilisearch…');
    // Searches through the transport the app server uses (lib/search/app-search.ts).
    const appSearch = createSearchClient(services.meiliUrl, services.meiliKey, { httpClient: createHttpTransport() });
    const meili = await measureLatency(queries, rounds, runMeili(appSearch, INDEX));
    log(`search: meili p50 ${meili.overall.p50} ms, p95 ${meili.overall.p95} ms`);
    log('search: building the Postgres full-text baseline…');
    const pgFtsBuildSeconds = Math.round((await buildBaseline(pool)) * 10) / 10;
    const pgFts = await measureLatency(queries, rounds, runBaseline(pool));
    log(`search: pg-fts p50 ${pgFts.overall.p50} ms, p95 ${pgFts.overall.p95} ms (baseline built in ${pgFtsBuildSeconds} s)`);
    for (const line of perQueryLines(meili, pgFts)) log(`  ${line}`);
    log(`search: Meilisearch engine time per facet (${facetRounds} rounds)…`);
    const facetCost = await measureFacetCost(appSearch, INDEX, queries, facetRounds);
    for (const line of facetCostLines(facetCost)) log(`  ${line}`);
    log(`search: facet counts from a sample, cost and error of each (threshold, rate) (${facetRounds} rounds)…`);
    const facetSample = await measureFacetSample(appSearch, INDEX, queries, facetRounds);
    for (const line of [...facetSampleQueryLines(facetSample), ...facetSampleLines(facetSample)]) log(`  ${line}`);
    log(`search: what the facet values cap (maxValuesPerFacet) costs the search page's request (${facetRounds} rounds)…`);
    const facetCap = await measureFacetCap(appSearch, INDEX, queries, facetRounds);
    for (const line of facetCapLines(facetCap)) log(`  ${line}`);
    const sizes = await measureSizes(search, INDEX, pool, services.dataDir, ingest.contributions);
    log(
      `sizes: Meilisearch ${sizes.meiliBytesPerContribution} bytes per contribution (${sizes.meiliDatabaseMb} MB, ${sizes.meiliUsedDatabaseMb} MB in use, ${sizes.meiliDirMb} MB on disk), Postgres ${sizes.postgresBytesPerContribution} (app tables ${sizes.postgresAppTablesMb} MB; database ${sizes.postgresDatabaseMb} MB with the baseline's ${sizes.postgresBaselineMb} MB, ${sizes.postgresDirMb} MB on disk with WAL)`,
    );

    let load: BenchResults['load'] = null;
    if (!args.flags.has('skip-load')) {
      /** A load test with the CPU each request cost (app, Meilisearch, Postgres, load generator). */
      const measuredLoad = async (label: string, urls: string[]) => {
        const meter = startCpuMeter({ appPid: app?.pid, dataDir: services!.dataDir });
        const result = await runLoad(urls, { clients, seconds: loadSeconds });
        const cpu = meter.stop(result.requests, clients);
        if (cpu)
          log(
            `  CPU per request (${label}): app ${cpu.ms.app} ms, Meilisearch ${cpu.ms.meilisearch} ms, Postgres ${cpu.ms.postgres} ms, load generator ${cpu.ms.loadGenerator} ms; machine ${cpu.ms.machine} ms → at most ${cpu.ceilingPerSecond} req/s on ${cpu.cores} cores, mean time per request ≥ ${cpu.meanLatencyFloorMs} ms at ${clients} clients`,
          );
        return { ...result, cpu };
      };
      log('load: starting the app…');
      app = await startApp(ROOT, services, INDEX);
      const recordIds = await sampleRecordIds(pool, 200);
      const searchUrls = queries.map((q) => `${app!.url}/search?${q.params}`);
      const recordUrls = recordIds.map((id) => `${app!.url}/d/${id}`);
      await runLoad([...searchUrls, ...recordUrls.slice(0, 10)], { clients: 2, seconds: 3 }); // warm-up: first compiles and connections
      const searchLoad = await measuredLoad('/search', searchUrls);
      log(
        `load: /search TTFB p95 ${searchLoad.ttfbMs.p95} ms, ${searchLoad.requests} requests (page cache: ${searchLoad.pageCache.hit} hits, ${searchLoad.pageCache.miss} misses, ${searchLoad.pageCache.none} not cacheable), ${searchLoad.errors} errors`,
      );
      const recordLoad = await measuredLoad('/d/…', recordUrls);
      log(`load: /d/… TTFB p95 ${recordLoad.ttfbMs.p95} ms, ${recordLoad.requests} requests, ${recordLoad.errors} errors`);
      // The same /search mix with every page rendered: what the cache hides, reported beside it.
      await app.stop();
      app = await startApp(ROOT, services, INDEX, { PAGE_CACHE: 'off' });
      await runLoad(searchUrls, { clients: 2, seconds: 3 });
      const renderedLoad = await measuredLoad('/search, page cache off', searchUrls);
      log(`load: /search with the page cache off: TTFB p95 ${renderedLoad.ttfbMs.p95} ms, ${renderedLoad.requests} requests, ${renderedLoad.errors} errors`);
      load = { search: searchLoad, searchRendered: renderedLoad, record: recordLoad, appBuilt: app.built };
    }

    // `npm run reindex` on the whole index: search must keep answering, and the disk after it.
    let reindex: ReindexBench | null = null;
    if (!args.flags.has('skip-reindex')) {
      log('reindex: npm run reindex (builds beside the live index, swaps, deletes the old one)…');
      reindex = await measureReindex(ROOT, services, search, INDEX, path.join(services.dataDir, 'reindex-command'));
      log(reindexLine(reindex));
    }

    // Last, so that the documents it adds change none of the figures above.
    log('sync: the shipped real Hansard from a local rsync daemon…');
    const sync = await measureSync(ROOT, services, INDEX);
    log(
      `sync: ${sync.files} files (${sync.megabytes} MB), ${sync.contributions} contributions in ${sync.seconds} s: ${sync.filesPerSecond} files/s, ${sync.contributionsPerSecond} contributions/s (${sync.failed} failed)`,
    );

    const partial = {
      date: new Date().toISOString().slice(0, 10),
      size: args.size,
      mode: args.mode,
      seed: args.seed,
      machine: machineInfo(),
      corpus: { files: manifest.files, megabytes: Math.round(manifest.bytes / 1e5) / 10, contributions: manifest.contributions, generatedSeconds },
      parse,
      ingest,
      sync,
      reindex,
      meiliTaskSeconds: taskSeconds,
      sizes,
      search: {
        method:
          'Wall time of each in-process call: searchContributions (all its Meilisearch multi-search queries over loopback HTTP, incl. disjunctive facet counts) vs. the baseline’s SQL queries over a 4-connection pool.',
        rounds,
        meili,
        pgFts,
        pgFtsBuildSeconds,
      },
      facetCost,
      facetSample,
      facetCap,
      load,
      seconds: (performance.now() - started) / 1000,
    };
    const results: BenchResults = { ...partial, targets: evaluateTargets(partial) };
    const files = writeResults(ROOT, results);
    for (const line of headlineLines(results)) console.log(line);
    console.log(`parse MB/s: ${parse.mbPerSecond}`);
    console.log(`ingest peak RSS MB: ${ingest.peakRssMb}`);
    console.log(`index size MB: meili ${sizes.meiliDatabaseMb}, postgres ${sizes.postgresDatabaseMb}`);
    if (load)
      console.log(
        `ttfb p95 ms at ${clients} clients: /search ${load.search.ttfbMs.p95} (${load.search.errors} errors; page cache off: ${load.searchRendered.ttfbMs.p95}), /d ${load.record.ttfbMs.p95} (${load.record.errors} errors)`,
      );
    for (const line of detailLines(results)) console.log(line);
    console.log(`results: ${files.json}`);
  } finally {
    await stopAll();
    if (services && !args.flags.has('keep')) rmSync(services.dataDir, { recursive: true, force: true });
  }
});
