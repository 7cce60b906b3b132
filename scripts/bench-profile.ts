/**
 * Where a page's CPU goes: `npm run bench:profile -- --size 100k [--requests N]`. Ingests the
 * bench corpus into services of its own (.bench-data-profile/), then runs the built app (one
 * worker, page cache off) under `node --cpu-prof` twice: once answering the bench's /search query
 * mix, once reading pages (/d/…), N requests each after a warm-up. Prints, for each, the app's
 * CPU per request and the functions and files it went to, counted over the measured requests only
 * (the profile's samples outside that window — start-up, warm-up — are left out), and writes the
 * profiles to bench/results/profiles/ (not committed) to open in Chrome's DevTools, and what it printed to
 * bench/results/<date>-profile-<size>.md.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startApp } from './bench/app-server';
import { type CpuProfile, summarizeProfile } from './bench/cpu-profile';
import { isCorpusCurrent, writeCorpus } from './bench/corpus';
import { createBaselinePool, sampleRecordIds } from './bench/fts-baseline';
import { measureIngest } from './bench/measure';
import { parseCorpusArgs, ROOT, SOURCES } from './bench/options';
import { loadQueries } from './bench/queries';
import { startBenchServices } from './bench/services';
import { fail, runCommand } from './support/cli';

const INDEX = 'bench_contributions';

/** One request after another on a kept-alive connection; the body is read and dropped. */
function getAll(urls: string[], count: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let errors = 0;
  const one = (url: string) =>
    new Promise<void>((resolve) => {
      http
        .get(url, { agent, headers: { 'accept-encoding': 'gzip', accept: 'text/html' } }, (res) => {
          if ((res.statusCode ?? 500) >= 400) errors++;
          res.resume().once('end', () => resolve());
        })
        .once('error', () => {
          errors++;
          resolve();
        });
    });
  return (async () => {
    for (let i = 0; i < count; i++) await one(urls[i % urls.length]);
    agent.destroy();
    return errors;
  })();
}

/** The profile's samples between two moments of CLOCK_MONOTONIC (V8's and process.hrtime's clock on Linux), in µs. */
function windowOf(profile: CpuProfile & { startTime: number }, fromUs: number, toUs: number): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t >= fromUs && t <= toUs) {
      samples.push(profile.samples[i]);
      timeDeltas.push(profile.timeDeltas[i]);
    }
  }
  return { nodes: profile.nodes, samples, timeDeltas };
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

await runCommand('bench:profile', async () => {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--requests');
  const requests = at >= 0 ? Number(argv.splice(at, 2)[1]) : 300;
  if (!Number.isInteger(requests) || requests < 1) fail('bench:profile: --requests must be a positive whole number', 2);
  const args = parseCorpusArgs(argv, { size: '100k' });
  if (typeof args === 'string') fail(`bench:profile: ${args}`, 2);
  const report: string[] = [];
  const log = (line: string) => {
    console.log(line);
    report.push(line);
  };
  if (!isCorpusCurrent(args.dir, args)) {
    log(`generating the ${args.size} corpus in ${args.dir}…`);
    await writeCorpus({ dir: args.dir, contributions: args.contributions, seed: args.seed, mode: args.mode, sources: SOURCES });
  }
  const services = await startBenchServices(ROOT, '.bench-data-profile');
  const pool = createBaselinePool(services.databaseUrl);
  try {
    log('ingesting…');
    const ingest = await measureIngest(ROOT, args.dir, {
      databaseUrl: services.databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliKey: services.meiliKey,
      indexName: INDEX,
    });
    log(`ingested ${ingest.contributions} contributions in ${ingest.seconds} s`);
    const queries = loadQueries(ROOT);
    const sets = {
      search: queries.map((q) => `/search?${q.params}`),
      record: (await sampleRecordIds(pool, 200)).map((id) => `/d/${id}`),
    };
    const outDir = path.join(ROOT, 'bench', 'results', 'profiles');
    mkdirSync(outDir, { recursive: true });
    for (const [label, paths] of Object.entries(sets)) {
      const profDir = path.join(services.dataDir, `prof-${label}`);
      rmSync(profDir, { recursive: true, force: true });
      const app = await startApp(ROOT, services, INDEX, { PAGE_CACHE: 'off', WEB_CONCURRENCY: '1' }, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
      const urls = paths.map((p) => `${app.url}${p}`);
      let window: [number, number];
      let errors: number;
      try {
        await getAll(urls, urls.length * 2); // warm-up: first compiles, connections, caches
        const from = nowUs();
        errors = await getAll(urls, requests);
        window = [from, nowUs()];
      } finally {
        await app.stop();
      }
      const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
      // The server's process is the one whose profile holds the window (tsx's loader may write one too).
      const profiles = files.map((f) => JSON.parse(readFileSync(path.join(profDir, f), 'utf8')) as CpuProfile & { startTime: number; endTime: number });
      const server = profiles.find((p) => p.startTime <= window[0] && p.endTime >= window[1]);
      if (!server) throw new Error(`no profile in ${profDir} covers the measured requests (${files.length} files)`);
      const summary = summarizeProfile(windowOf(server, window[0], window[1]));
      const busy = summary.totalMs - summary.idleMs;
      const outFile = path.join(outDir, `${new Date().toISOString().slice(0, 10)}-${args.size}-${label}.cpuprofile`);
      copyFileSync(path.join(profDir, files[profiles.indexOf(server)]), outFile);
      log(`\n## ${label}: ${requests} requests over ${paths.length} pages, ${errors} errors`);
      log(
        `app CPU ${Math.round((busy / requests) * 10) / 10} ms per request (${busy} ms busy of ${summary.totalMs} ms; GC ${summary.gcMs} ms); profile: ${path.relative(ROOT, outFile)}`,
      );
      log('\nself time by file (ms):');
      for (const r of summary.selfByFile.slice(0, 15)) log(`  ${String(r.ms).padStart(8)}  ${r.name}`);
      log('\nself time by function (ms):');
      for (const r of summary.selfByFunction.slice(0, 20)) log(`  ${String(r.ms).padStart(8)}  ${r.name}`);
      log('\ninclusive time by function (ms):');
      for (const r of summary.inclusiveByFunction.slice(0, 40)) log(`  ${String(r.ms).padStart(8)}  ${r.name}`);
    }
    const reportFile = path.join(ROOT, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}-profile-${args.size}.md`);
    writeFileSync(reportFile, `# Page CPU profile: ${args.size} (npm run bench:profile)\n\n\`\`\`\n${report.join('\n')}\n\`\`\`\n`);
    console.log(`results: ${path.relative(ROOT, reportFile)}`);
  } finally {
    await pool.end().catch(() => {});
    await services.stop().catch(() => {});
  }
});
