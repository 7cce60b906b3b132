/**
 * Postgres and Meilisearch of a run's own (the benchmark's, the tests'): both started on the ports
 * given with data under one folder, and migrations applied. If a step fails, what had started is
 * stopped again before the error goes on, so a failed start leaves no server behind.
 */
import { startEmbeddedMeilisearch } from './meilisearch';
import { applyMigrations } from './migrate';
import { startEmbeddedPostgres } from './postgres';

export interface OwnServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** Stops both (a server that was already running on the port is left running). */
  stop(): Promise<void>;
}

export async function startOwnServices(opts: { dataDir: string; pgPort: number; meiliPort: number }): Promise<OwnServices> {
  const pg = await startEmbeddedPostgres({ dataDir: opts.dataDir, port: opts.pgPort });
  let meili;
  try {
    meili = await startEmbeddedMeilisearch({ dataDir: opts.dataDir, port: opts.meiliPort });
    await applyMigrations(pg.url);
  } catch (e) {
    await meili?.stop();
    await pg.stop();
    throw e;
  }
  return {
    databaseUrl: pg.url,
    meiliUrl: meili.url,
    meiliKey: meili.key,
    stop: async () => {
      await meili.stop();
      await pg.stop();
    },
  };
}
