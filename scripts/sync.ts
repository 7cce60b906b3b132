/**
 * `npm run sync -- [--from D] [--to D] [--kinds a,b] [--source rsync://HOST[:PORT]/MODULE | DIR]
 * [--members-source DIR|URL] [--no-members] [--bwlimit RATE] [--timeout S] [--dry-run]`:
 * TheyWorkForYou's parldata day files mirrored with rsync and ingested, and the member register
 * refreshed (lib/sync/run-sync.ts). Exit 1 when anything failed; what did not fail still lands.
 * Every source runs under one sync lock (lib/db/run-lock.ts): while another sync holds it, one line
 * on stderr and exit 75 (EX_TEMPFAIL: nothing was done, try later). Every run has an overall time
 * limit (SYNC_MAX_DURATION, default 12h): past it, one line, exit 1, and the lock is released.
 */
import path from 'node:path';
import { deliverAlertsAfterIngest } from '../lib/alerts/run';
import { withRunLock } from '../lib/db/run-lock';
import { getEnv } from '../lib/env';
import { syncedRegisterPath } from '../lib/members/current';
import { openRuntime, type Runtime } from '../lib/runtime';
import { afterSync } from '../lib/sync/after-sync';
import { DEFAULT_MEMBERS_SOURCE } from '../lib/sync/register-refresh';
import { runSync, type SyncProgress } from '../lib/sync/run-sync';
import { DEFAULT_PARLDATA_SOURCE, parseSyncArgs } from '../lib/sync/sync-args';
import { TimeLimitError, withTimeLimit } from '../lib/sync/time-limit';
import { formatSyncSummary } from '../lib/sync/summary-lines';
import { createProgress, fail, runCommand } from './support/cli';
import { prepareQuestionsSync } from './support/sync-questions';

/**
 * Sources other than parldata, by the name given to --source: each checks the command line and
 * returns the run, which takes the runtime and returns the exit code (the written-questions API
 * registers itself here as `questions`).
 */
const OTHER_SOURCES: Record<string, (argv: string[]) => (runtime: Runtime) => Promise<number>> = { questions: prepareQuestionsSync };

/** One sync, ready to run: the signal aborts when SYNC_MAX_DURATION is up (rsync is killed then). */
type SyncRun = (runtime: Runtime, signal: AbortSignal) => Promise<number>;

/**
 * Another sync holds the sync lock: sysexits' EX_TEMPFAIL, as nothing failed and nothing was done;
 * apart from 1 (something failed, the rest landed) and 2 (the command line is wrong).
 */
const SYNC_LOCKED_EXIT = 75;

await runCommand('sync', async () => {
  const argv = process.argv.slice(2);
  const sourceArg = argv.find((_arg, i) => argv[i - 1] === '--source') ?? argv.find((a) => a.startsWith('--source='))?.slice('--source='.length);
  const other = sourceArg ? OTHER_SOURCES[sourceArg] : undefined;
  // The command line is checked before anything is opened or locked.
  const run = other ? withAlertsAfter(other(argv)) : prepareParldataSync(argv);
  const runtime = await openRuntime();
  let closing: 'wait' | 'skip' = 'wait';
  try {
    // Two syncs at once would fetch and store the same files twice and race on the cursors. The
    // lock is released however the run ends: done, failed, or stopped by its time limit.
    const code = await withRunLock(runtime.db, 'sync', () => withTimeLimit(getEnv().SYNC_MAX_DURATION, (signal) => run(runtime, signal)));
    if (code === null) {
      console.error('sync: another sync is already running (it holds the sync lock); nothing done');
      return SYNC_LOCKED_EXIT;
    }
    return code;
  } catch (e) {
    // A run stopped by its time limit may still hold pool connections that closing would wait
    // for: the lock is already released, and exiting ends the rest.
    if (e instanceof TimeLimitError) closing = 'skip';
    throw e;
  } finally {
    if (closing === 'wait') await runtime.close();
  }
});

function withAlertsAfter(run: (runtime: Runtime) => Promise<number>): SyncRun {
  return async (runtime) => {
    const code = await run(runtime);
    // What that source stored may answer a followed question or match an alert.
    await deliverAlertsAfterIngest(runtime);
    return code;
  };
}

function prepareParldataSync(argv: string[]): SyncRun {
  const env = getEnv();
  let args: ReturnType<typeof parseSyncArgs>;
  try {
    args = parseSyncArgs(argv, { source: env.PARLDATA_SOURCE ?? DEFAULT_PARLDATA_SOURCE, membersSource: DEFAULT_MEMBERS_SOURCE });
  } catch (e) {
    fail(`sync: ${e instanceof Error ? e.message : String(e)}`, 2);
  }
  return async (runtime, signal) => {
    // Each stage's bar starts its clock when the stage starts, so its rate and ETA are the stage's own.
    const bars: { bytes?: ReturnType<typeof createProgress>; files?: ReturnType<typeof createProgress> } = {};
    const started = Date.now();
    const summary = await runSync({
      ...args,
      signal,
      mirrorDir: path.resolve(env.DATA_DIR, 'parldata'),
      registerPath: syncedRegisterPath(),
      db: runtime.db,
      search: { client: runtime.search, indexName: runtime.indexName },
      onProgress: (p: SyncProgress) => {
        if (p.stage === 'mirror') {
          bars.bytes ??= createProgress(process.stderr, 'bytes');
          bars.bytes.update(p.bytes, Math.max(p.totalBytes, p.bytes), `${p.files}/${p.totalFiles} files · ${path.basename(p.file)}`);
        } else if (p.stage === 'ingest' || p.stage === 'index') {
          if (!bars.files) {
            bars.bytes?.done();
            bars.files = createProgress();
          }
          if (p.stage === 'ingest') bars.files.update(p.done, p.total, p.file);
          else bars.files.update(p.progress.documents, p.progress.documents, `indexing: ${p.progress.contributions} contributions`);
        }
      },
    });
    bars.bytes?.done();
    bars.files?.done();
    for (const f of summary.failed) console.error(f.reason);
    for (const line of formatSyncSummary(summary, (Date.now() - started) / 1000, args.dryRun)) console.log(line);
    if (!args.dryRun) {
      await afterSync({ db: runtime.db, summary, log: (l) => console.log(l) });
      await deliverAlertsAfterIngest(runtime);
    }
    return summary.failed.length ? 1 : 0;
  };
}
