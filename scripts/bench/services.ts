/**
 * The benchmark's own Postgres and Meilisearch: data under .bench-data/ (emptied at the start of
 * each run, so numbers are from a clean index) on ports found free, so a run never touches dev or
 * test data and never reuses someone else's server. `stop` ends only what this run started.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { type OwnServices, startOwnServices } from '../../lib/embedded/own-services';
import { isPortFree } from '../../lib/embedded/ports';

export interface BenchServices extends OwnServices {
  dataDir: string;
}

/** The first free loopback port at or after `from`. */
export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port in ${from}..${from + 199}`);
}

/** Where a run keeps its Postgres and Meilisearch data (emptied when the services start); `name`: a folder of its own (the page profile's). */
export const benchDataDir = (root: string, name = '.bench-data') => path.join(root, name);

export async function startBenchServices(root: string, name?: string): Promise<BenchServices> {
  const dataDir = benchDataDir(root, name);
  rmSync(dataDir, { recursive: true, force: true });
  const services = await startOwnServices({ dataDir, pgPort: await findFreePort(55470), meiliPort: await findFreePort(7740) });
  return { dataDir, ...services };
}
