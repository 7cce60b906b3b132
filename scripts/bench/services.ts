/**
 * The benchmark's own Postgres and Meilisearch: data under .bench-data/ (emptied at the start of
 * each run, so numbers are from a clean index) on ports found free, so a run never touches dev or
 * test data and never reuses someone else's server. `stop` ends only what this run started.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedMeilisearch } from '../../lib/embedded/meilisearch';
import { startEmbeddedPostgres } from '../../lib/embedded/postgres';
import { isPortFree } from '../../lib/embedded/ports';
import { applyMigrations } from '../../lib/embedded/migrate';

export interface BenchServices {
  dataDir: string;
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  stop(): Promise<void>;
}

/** The first free loopback port at or after `from`. */
export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port in ${from}..${from + 199}`);
}

/** Where a run keeps its Postgres and Meilisearch data (emptied when the services start). */
export const benchDataDir = (root: string) => path.join(root, '.bench-data');

export async function startBenchServices(root: string): Promise<BenchServices> {
  const dataDir = benchDataDir(root);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: await findFreePort(55470) });
  let meili;
  try {
    meili = await startEmbeddedMeilisearch({ dataDir, port: await findFreePort(7740) });
    await applyMigrations(pg.url);
  } catch (e) {
    await meili?.stop();
    await pg.stop();
    throw e;
  }
  return {
    dataDir,
    databaseUrl: pg.url,
    meiliUrl: meili.url,
    meiliKey: meili.key,
    stop: async () => {
      await meili.stop();
      await pg.stop();
    },
  };
}
