/**
 * The app for the load test: `next build` when the sources are newer than .next (as npm start
 * does), then the app server (scripts/serve.ts, as `npm start` runs it) on a free loopback port against the benchmark's services and index.
 */
import { isBuildStale, runNextBuild } from '../support/next-build';
import { startNextServer } from '../support/next-server';
import type { BenchServices } from './services';
import { findFreePort } from './services';

export interface RunningApp {
  url: string;
  pid: number | undefined;
  built: boolean;
  stop(): Promise<void>;
}

/** The benchmark builds into its own folder, so it never rebuilds .next under someone's running server. */
export const BENCH_DIST_DIR = '.next-bench';

export async function startApp(
  root: string,
  services: BenchServices,
  indexName: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningApp> {
  process.env.NEXT_DIST_DIR = BENCH_DIST_DIR;
  const built = isBuildStale(root);
  if (built) runNextBuild(root);
  const server = await startNextServer({
    root,
    port: await findFreePort(3140),
    distDir: BENCH_DIST_DIR,
    echoStderr: true,
    nodeArgs,
    env: { DATABASE_URL: services.databaseUrl, MEILI_URL: services.meiliUrl, MEILI_MASTER_KEY: services.meiliKey, MEILI_INDEX: indexName, ...extraEnv },
  });
  return { url: server.url, pid: server.pid, built, stop: server.stop };
}
