/**
 * `SYNC_INTERVAL` for `npm start`: runs `npm run sync` (scripts/sync.ts, with its defaults and
 * PARLDATA_SOURCE), then `npm run sync -- --source questions` (QUESTIONS_API_URL), each in a
 * child process, every interval, one run at a time, against the services
 * `npm start` runs. A child, not a call: a sync of the whole record holds the register and
 * large files in memory that the server process should not carry.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface SyncSchedule {
  stop(): void;
}

/** What each background run syncs, one source after the other: parldata's day files, then Parliament's Written Questions API. */
const SOURCES: ReadonlyArray<{ name: string; args: string[] }> = [
  { name: 'parldata', args: [] },
  { name: 'questions', args: ['--source', 'questions'] },
];

export function startSyncSchedule(options: { root: string; intervalMs: number; env: NodeJS.ProcessEnv; log: (line: string) => void }): SyncSchedule {
  let running: ChildProcess | null = null;
  let stopped = false;
  const runSource = (n: number) => {
    const { name, args } = SOURCES[n];
    options.log(`sync: background sync of ${name} started (SYNC_INTERVAL)`);
    running = spawn(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', path.join(options.root, 'scripts', 'sync.ts'), ...args], {
      cwd: options.root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: options.env,
    });
    running.once('exit', (code) => {
      options.log(`sync: background sync of ${name} ${code === 0 ? 'finished' : `ended with exit code ${code}`}`);
      running = null;
      // One source failing does not keep the next from its run.
      if (!stopped && n + 1 < SOURCES.length) runSource(n + 1);
    });
  };
  const run = () => {
    if (running) {
      options.log('sync: the previous background sync is still running; this one is skipped');
      return;
    }
    runSource(0);
  };
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      running?.kill('SIGTERM');
    },
  };
}
