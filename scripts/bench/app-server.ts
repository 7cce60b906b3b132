/**
 * The app for the load test: `next build` when the sources are newer than .next (as npm start
 * does), then `next start` on a free loopback port against the benchmark's services and index.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { isBuildStale, runNextBuild } from '../support/next-build';
import type { BenchServices } from './services';
import { findFreePort } from './services';

export interface RunningApp {
  url: string;
  built: boolean;
  stop(): Promise<void>;
}

/** The benchmark builds into its own folder, so it never rebuilds .next under someone's running server. */
export const BENCH_DIST_DIR = '.next-bench';

export async function startApp(root: string, services: BenchServices, indexName: string): Promise<RunningApp> {
  process.env.NEXT_DIST_DIR = BENCH_DIST_DIR;
  const built = isBuildStale(root);
  if (built) runNextBuild(root);
  const port = await findFreePort(3140);
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliKey,
      MEILI_INDEX: indexName,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) })).ok) return { url, built, stop };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the app did not answer within 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
