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

export function createDb(databaseUrl: string, poolSize = 5): PrismaClient {
  const adapter = new ReleasingPrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 3000 });
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

/** The shared client for the app server, from DATABASE_URL. */
export function getDb(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which sets it');
  let client = clients.get(url);
  if (!client) {
    client = createDb(url);
    clients.set(url, client);
  }
  return client;
}
