/**
 * `npm run bench -- --sync-size 10k|100k|1m|5m [--seed N] [--skip-reindex] [--keep]`: the first full sync
 * measured (full-sync.ts) instead of the search bench. Checks the disk, generates (or reuses) the
 * synthetic corpus of that size in bench/corpus/<size>, lays it out as parldata beside it, runs,
 * prints its lines and writes bench/results/<date>-sync-<size>.{json,md}.
 */
import path from 'node:path';
import { isCorpusCurrent, readManifest, writeCorpus } from './corpus';
import { checkDiskSpace, measureDiskPlaces } from './disk-space';
import { measureFullSync } from './full-sync';
import { parseCorpusArgs, ROOT, SOURCES } from './options';
import { machineInfo } from './report';
import { benchDataDir } from './services';
import { evaluateSyncTargets, syncHeadlineLines, writeSyncResults } from './sync-report';

/** Returns an error message for a wrong command line; otherwise runs to the end. */
export async function benchFullSync(syncSize: string, argv: string[]): Promise<string | null> {
  const args = parseCorpusArgs([...argv, '--size', syncSize], { size: syncSize });
  if (typeof args === 'string') return args.replace('--size', '--sync-size');
  if (args.mode === 'real') return '--sync-size works on the synthetic corpus (--real is not laid out as parldata)';
  const started = performance.now();
  const log = (line: string) => console.log(`[${Math.round((performance.now() - started) / 1000)}s] ${line}`);
  const corpusOnDisk = isCorpusCurrent(args.dir, args);
  // The services' data is needed once at a time (each phase starts afresh), plus the sync's mirror: about the corpus again.
  const disk = checkDiskSpace(measureDiskPlaces({ ...args, corpusDir: args.dir, corpusOnDisk, dataDir: benchDataDir(ROOT) }));
  if (!disk.ok) return `--sync-size ${args.size} ${disk.line}`;
  log(`disk: --sync-size ${args.size} ${disk.line}`);
  let generatedSeconds: number | null = null;
  if (!corpusOnDisk) {
    log(`generating the synthetic corpus of ${args.size} contributions in ${args.dir}…`);
    const t0 = performance.now();
    await writeCorpus({ dir: args.dir, contributions: args.contributions, seed: args.seed, mode: args.mode, sources: SOURCES });
    generatedSeconds = Math.round((performance.now() - t0) / 100) / 10;
  }
  const manifest = readManifest(args.dir)!;
  const fullSync = await measureFullSync({
    root: ROOT,
    corpusDir: args.dir,
    realSamples: SOURCES.realSamples,
    treeDir: path.join(path.dirname(args.dir), `parldata-${args.size}`),
    reindex: !args.flags.has('skip-reindex'),
    keep: args.flags.has('keep'),
    log,
  });
  const partial = {
    date: new Date().toISOString().slice(0, 10),
    size: args.size,
    seed: args.seed,
    machine: machineInfo(),
    corpus: { files: manifest.files, megabytes: Math.round(manifest.bytes / 1e5) / 10, contributions: manifest.contributions, generatedSeconds },
    fullSync,
    seconds: (performance.now() - started) / 1000,
  };
  const results = { ...partial, targets: evaluateSyncTargets(partial) };
  const files = writeSyncResults(ROOT, results);
  for (const line of syncHeadlineLines(results)) console.log(line);
  console.log(`results: ${files.json}`);
  return null;
}
