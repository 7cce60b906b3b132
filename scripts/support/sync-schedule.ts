/**
 * `SYNC_INTERVAL` for `npm start`: runs `npm run sync` (scripts/sync.ts, with its defaults and
 * PARLDATA_SOURCE) in a child process every interval, one run at a time, against the services
 * `npm start` runs. A child, not a call: a sync of the whole record holds the register and
 * large files in memory that the server process should not carry.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface SyncSchedule {
  stop(): void;
}

export function startSyncSchedule(options: { root: string; intervalMs: number; env: NodeJS.ProcessEnv; log: (line: string) => void }): SyncSchedule {
  let running: ChildProcess | null = null;
  const run = () => {
    if (running) {
      options.log('sync: the previous background sync is still running; this one is skipped');
      return;
    }
    options.log('sync: background sync started (SYNC_INTERVAL)');
    running = spawn(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', path.join(options.root, 'scripts', 'sync.ts')], {
      cwd: options.root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: options.env,
    });
    running.once('exit', (code) => {
      options.log(`sync: background sync ${code === 0 ? 'finished' : `ended with exit code ${code}`}`);
      running = null;
    });
  };
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      running?.kill('SIGTERM');
    },
  };
}
