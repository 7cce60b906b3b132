/** The set-up fault tests share: their own services started for the file, with a db client on them. */
import { afterAll, beforeAll } from 'vitest';
import { createDb, type Db } from '../../../lib/db/client';
import type { FaultServices } from './services';

/**
 * Starts `services` before the enclosing describe's tests, with a small db client on them, and
 * stops both after. Returns the client's getter (there from beforeAll on).
 */
export function withServicesAndDb(services: FaultServices): () => Db {
  let db: Db | null = null;
  beforeAll(async () => {
    await services.start();
    db = createDb(services.databaseUrl, 2);
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await services.stop();
  });
  return () => {
    if (!db) throw new Error('the fault services are not started yet (call withServicesAndDb inside describe)');
    return db;
  };
}
