/**
 * The Prisma client over the pg driver adapter (no Rust engine). One per process and URL.
 */
import type pg from 'pg';
import { ReleasingPrismaPg } from './adapter';
import { PrismaClient } from './generated/client';
import { getEnv } from '../env';

export type Db = PrismaClient;

const clients = new Map<string, PrismaClient>();

const adapters = new WeakMap<PrismaClient, ReleasingPrismaPg>();

/**
 * A client with its own pool. `statementTimeoutMs` (0 or absent: none) makes Postgres cancel a
 * statement that runs longer; only the app server's client sets it (getDb), since ingest, sync,
 * reindex and the bench run long statements on purpose.
 */
export function createDb(databaseUrl: string, poolSize = 5, options: { statementTimeoutMs?: number } = {}): PrismaClient {
  const adapter = new ReleasingPrismaPg({
    connectionString: databaseUrl,
    max: poolSize,
    connectionTimeoutMillis: 3000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  const db = new PrismaClient({ adapter });
  adapters.set(db, adapter);
  return db;
}

/**
 * The pg pool under a client from createDb (the connections Prisma itself uses), for statements
 * with large parameters. Every Prisma request, raw ones too, is serialised to JSON and compiled by
 * its Wasm query compiler: a parameter of a few MB is copied four or five times over (transient
 * large strings that V8 only frees in a full GC) and grows the Wasm memory, which never shrinks.
 */
export async function pgPoolOf(db: PrismaClient): Promise<pg.Pool> {
  const adapter = adapters.get(db);
  if (!adapter) throw new Error('pgPoolOf: the client was not made by createDb');
  if (!adapter.pool) await db.$connect();
  if (!adapter.pool) throw new Error('pgPoolOf: Prisma connected without the pg adapter');
  return adapter.pool;
}

/** The shared client for the app server, from DATABASE_URL, with PG_STATEMENT_TIMEOUT_MS. */
export function getDb(): PrismaClient {
  const { DATABASE_URL: url, PG_STATEMENT_TIMEOUT_MS } = getEnv();
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which sets it');
  let client = clients.get(url);
  if (!client) {
    client = createDb(url, 5, { statementTimeoutMs: PG_STATEMENT_TIMEOUT_MS });
    clients.set(url, client);
  }
  return client;
}
