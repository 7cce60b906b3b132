/**
 * The Prisma client over the pg driver adapter (no Rust engine). One per process and URL.
 */
import { ReleasingPrismaPg } from './adapter';
import { PrismaClient } from './generated/client';
import { getEnv } from '../env';

export type Db = PrismaClient;

const clients = new Map<string, PrismaClient>();

export function createDb(databaseUrl: string, poolSize = 5): PrismaClient {
  return new PrismaClient({ adapter: new ReleasingPrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 3000 }) });
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
