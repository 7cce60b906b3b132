/**
 * What every command needs before it works: the services (started or reused), migrations applied,
 * a database client and a search client. `openRuntime` gives them; `close` releases what it opened.
 */
import type { Meilisearch } from 'meilisearch';
import { createDb, type Db } from './db/client';
import { getEnv } from './env';
import { createSearchClient } from './search/index-admin';
import { connectServices, type ServiceOptions, type Services } from './embedded';
import { applyMigrations } from './embedded/migrate';

export interface Runtime {
  services: Services;
  db: Db;
  search: Meilisearch;
  indexName: string;
  close(): Promise<void>;
}

export async function openRuntime(options: ServiceOptions & { poolSize?: number } = {}): Promise<Runtime> {
  const services = await connectServices(options);
  try {
    await applyMigrations(services.databaseUrl);
  } catch (e) {
    await services.stop();
    throw e;
  }
  const db = createDb(services.databaseUrl, options.poolSize);
  const search = createSearchClient(services.meiliUrl, services.meiliKey);
  return {
    services,
    db,
    search,
    indexName: getEnv().MEILI_INDEX,
    close: async () => {
      await db.$disconnect().catch(() => {});
      await services.stop();
    },
  };
}
