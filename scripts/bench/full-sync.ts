/**
 * The first full sync, measured (`npm run bench -- --sync-size 10k|100k|1m|5m`): the bench corpus
 * laid out as a parldata tree (parldata-tree.ts) and served by a real rsync daemon on loopback,
 * then `npm run sync` in its own process, from an empty database:
 * 1. a clean run: files/s, contributions/s end to end, peak RSS, total time;
 * 2. on fresh services, the same run killed with SIGKILL (its process group: rsync too) halfway
 *    through the clean run's time, then run again: its counts must equal the clean run's, with
 *    nothing doubled (Meilisearch holds exactly the contributions Postgres holds, none waiting);
 * 3. one more day's files added to the tree and synced, timed on the full index;
 * 4. `npm run reindex` on it: disk before and after (reindex-bench.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { createDb, type Db } from '../../lib/db/client';
import { countDocuments, countPendingDocuments } from '../../lib/db/store';
import { createSearchClient } from '../../lib/search/index-admin';
import { startRsyncDaemon, type RsyncDaemon } from '../support/rsync-daemon';
import { type CommandRun, commandEnv, startCommand } from './command-child';
import { addNextDay, layOutParldataTree, type ParldataTree } from './parldata-tree';
import { measureReindex, reindexLine, type ReindexBench } from './reindex-bench';
import { benchDataDir, startBenchServices, type BenchServices } from './services';

const INDEX = 'bench_contributions';
/** As `npm run sync` runs (package.json). */
const SYNC_NODE_OPTIONS = ['--max-old-space-size=1024'];

export interface StoreCounts {
  documents: number;
  contributions: number;
  /** Divisions: search documents of their own, beside the contributions (issue 27). */
  divisions: number;
  indexed: number;
  pending: number;
  /** Old contribution ids that redirect (from the older versions' gid redirects). */
  aliases: number;
}

export interface SyncRunFigures {
  seconds: number;
  peakRssMb: number | null;
  exit: number | string | null;
  /** The sync's own summary line. */
  summary: string;
  counts: StoreCounts;
}

export interface FullSyncResults {
  tree: { files: number; versionedDays: number; nextDayFiles: number; nextDay: string };
  clean: SyncRunFigures & { filesPerSecond: number; contributionsPerSecond: number };
  killed: { afterSeconds: number; countsAtKill: StoreCounts; rerun: SyncRunFigures; sameAsClean: boolean };
  nextDay: SyncRunFigures & { contributionsAdded: number };
  reindex: ReindexBench | null;
}

/** Bench-only counts, so their SQL lives beside the bench: contributions, divisions, and old ids that redirect. */
async function countRowsOf(db: Db): Promise<{ contributions: number; divisions: number; aliases: number }> {
  const [row] = await db.$queryRaw<Array<{ contributions: number; divisions: number; aliases: number }>>`
    SELECT (SELECT count(*) FROM "Contribution")::int AS contributions, (SELECT count(*) FROM "Division")::int AS divisions,
      (SELECT count(*) FROM "ContributionAlias")::int AS aliases`;
  return row;
}

async function countStores(db: Db, search: Meilisearch): Promise<StoreCounts> {
  const stats = await search.getStats();
  const { contributions, divisions, aliases } = await countRowsOf(db);
  return {
    documents: await countDocuments(db),
    contributions,
    divisions,
    indexed: stats.indexes[INDEX]?.numberOfDocuments ?? 0,
    pending: await countPendingDocuments(db),
    aliases,
  };
}

const summaryLine = (run: CommandRun) =>
  run.stdout
    .split('\n')
    .find((l) => l.startsWith('sync: '))
    ?.trim() ?? `(no summary; stderr: ${run.stderr.trim().split('\n').pop() ?? ''})`;

/** One sync of the whole tree into `services`, mirrored under `work`; `killAfterMs` kills it then. */
async function runSyncCommand(root: string, daemon: RsyncDaemon, services: BenchServices, work: string, killAfterMs?: number): Promise<CommandRun> {
  mkdirSync(work, { recursive: true });
  const run = startCommand(root, 'sync.ts', ['--source', daemon.url, '--no-members'], commandEnv(services, INDEX, work), SYNC_NODE_OPTIONS);
  const timer = killAfterMs === undefined ? null : setTimeout(() => run.kill(), killAfterMs);
  const result = await run.done;
  if (timer) clearTimeout(timer);
  return result;
}

async function figures(run: CommandRun, db: Db, search: Meilisearch): Promise<SyncRunFigures> {
  return { seconds: run.seconds, peakRssMb: run.peakRssMb, exit: run.code ?? run.signal, summary: summaryLine(run), counts: await countStores(db, search) };
}

const sameCounts = (a: StoreCounts, b: StoreCounts) =>
  a.documents === b.documents &&
  a.contributions === b.contributions &&
  a.divisions === b.divisions &&
  a.indexed === b.indexed &&
  a.pending === b.pending &&
  a.aliases === b.aliases;

export async function measureFullSync(o: {
  root: string;
  corpusDir: string;
  realSamples: string;
  treeDir: string;
  reindex: boolean;
  /** Leave the last services' data (.bench-data/) in place, as the search bench's --keep does. */
  keep: boolean;
  log: (line: string) => void;
}): Promise<FullSyncResults> {
  const tree: ParldataTree = layOutParldataTree(o.corpusDir, o.realSamples, o.treeDir);
  o.log(
    `sync tree: ${tree.files} day files under ${tree.root} (${tree.versioned} days in two versions with gid redirects; each kind's newest day file held back: ${tree.nextDay.files.length} files, up to ${tree.nextDay.date})`,
  );
  const daemon = await startRsyncDaemon(tree.root);
  let services: BenchServices | null = null;
  let db: Db | null = null;
  const open = async () => {
    await db?.$disconnect().catch(() => {});
    await services?.stop().catch(() => {});
    services = await startBenchServices(o.root);
    db = createDb(services.databaseUrl);
    return { services, db, search: createSearchClient(services.meiliUrl, services.meiliKey) };
  };
  try {
    // 1. The clean run.
    let s = await open();
    o.log('sync: the first full sync, from an empty database…');
    const cleanRun = await runSyncCommand(o.root, daemon, s.services, path.join(s.services.dataDir, 'sync-clean'));
    const clean = await figures(cleanRun, s.db, s.search);
    const cleanResult = {
      ...clean,
      filesPerSecond: Math.round((tree.files / clean.seconds) * 10) / 10,
      contributionsPerSecond: Math.round(clean.counts.contributions / clean.seconds),
    };
    o.log(`  ${clean.summary}`);
    o.log(
      `sync: clean run ${clean.seconds} s, ${cleanResult.filesPerSecond} files/s, ${cleanResult.contributionsPerSecond} contributions/s end to end, peak RSS ${clean.peakRssMb} MB (exit ${clean.exit}); ${clean.counts.contributions} contributions and ${clean.counts.divisions} divisions in ${clean.counts.documents} documents, ${clean.counts.indexed} indexed, ${clean.counts.pending} documents waiting, ${clean.counts.aliases} old ids redirecting`,
    );

    // 2. Killed halfway on fresh services, then run again.
    s = await open();
    const work = path.join(s.services.dataDir, 'sync-killed');
    const afterMs = Math.round((clean.seconds * 1000) / 2);
    o.log(`sync: the same run killed with SIGKILL after ${afterMs / 1000} s, then run again…`);
    const killedRun = await runSyncCommand(o.root, daemon, s.services, work, afterMs);
    const atKill = await countStores(s.db, s.search);
    o.log(`  killed (${killedRun.signal ?? `exit ${killedRun.code}`}) with ${atKill.contributions} contributions stored, ${atKill.indexed} indexed`);
    const rerun = await figures(await runSyncCommand(o.root, daemon, s.services, work), s.db, s.search);
    // Every contribution and division in search (the index holds both kinds of document).
    const same = sameCounts(rerun.counts, clean.counts) && rerun.counts.indexed === rerun.counts.contributions + rerun.counts.divisions;
    o.log(`  ${rerun.summary}`);
    o.log(
      `sync: after kill -9 and a rerun (${rerun.seconds} s): ${rerun.counts.contributions} contributions and ${rerun.counts.divisions} divisions in ${rerun.counts.documents} documents, ${rerun.counts.indexed} indexed, ${rerun.counts.pending} waiting, ${rerun.counts.aliases} old ids redirecting — ${same ? 'equal to the clean run, nothing doubled' : `DIFFERENT from the clean run (${clean.counts.contributions} in ${clean.counts.documents}, ${clean.counts.indexed} indexed)`}`,
    );

    // 3. One more day on the full index.
    const added = addNextDay(tree);
    o.log(`sync: one more day (each kind's newest day file, ${added} files, up to ${tree.nextDay.date}) on the full index…`);
    const next = await figures(await runSyncCommand(o.root, daemon, s.services, work), s.db, s.search);
    const nextDay = { ...next, contributionsAdded: next.counts.contributions - rerun.counts.contributions };
    o.log(`  ${next.summary}`);
    o.log(
      `sync: one more day synced in ${next.seconds} s on the full index (${nextDay.contributionsAdded} contributions added, ${next.counts.contributions} in all, ${next.counts.pending} waiting), peak RSS ${next.peakRssMb} MB`,
    );

    // 4. A rebuild of that index.
    let reindex: ReindexBench | null = null;
    if (o.reindex) {
      o.log('reindex: npm run reindex on the synced index…');
      reindex = await measureReindex(o.root, s.services, s.search, INDEX, work);
      o.log(reindexLine(reindex));
    }
    return {
      tree: { files: tree.files, versionedDays: tree.versioned, nextDayFiles: added, nextDay: tree.nextDay.date },
      clean: cleanResult,
      killed: { afterSeconds: afterMs / 1000, countsAtKill: atKill, rerun, sameAsClean: same },
      nextDay,
      reindex,
    };
  } finally {
    await (db as Db | null)?.$disconnect().catch(() => {});
    await (services as BenchServices | null)?.stop().catch(() => {});
    await daemon.kill();
    if (!o.keep) rmSync(benchDataDir(o.root), { recursive: true, force: true });
  }
}
