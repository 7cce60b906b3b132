/**
 * The services every command needs: Postgres and Meilisearch. Given DATABASE_URL / MEILI_URL they
 * are used as they are; otherwise the embedded ones are started (or reused, when `npm start`
 * already runs them) with data under DATA_DIR.
 */
import { getEnv } from '../env';
import { startEmbeddedMeilisearch } from './meilisearch';
import { startEmbeddedPostgres } from './postgres';

export { ServiceError } from './ports';

export interface Services {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  /** Stops what this process started (nothing it merely connected to). */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  dataDir?: string;
  pgPort?: number;
  meiliPort?: number;
  log?: (line: string) => void;
}

export async function connectServices(options: ServiceOptions = {}): Promise<Services> {
  const env = getEnv();
  const dataDir = options.dataDir ?? env.DATA_DIR;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir, port: options.pgPort ?? env.PG_PORT, log: options.log });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }
    let meiliUrl = env.MEILI_URL;
    let meiliKey = env.MEILI_MASTER_KEY;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({
        dataDir,
        port: options.meiliPort ?? env.MEILI_PORT,
        binary: env.MEILI_BIN,
        maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
        log: options.log,
      });
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliKey = meili.key;
    }
    return { databaseUrl, meiliUrl, meiliKey, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
