/**
 * Run locks for commands that must not run twice at once, on one machine or several: a Postgres
 * session advisory lock held on a connection of its own for the whole run. A run that dies loses
 * its connection and with it the lock, so the next run never waits on a dead one.
 */
import type { Db } from './client';
import { pgPoolOf } from './client';
import pg from 'pg';

/** The advisory-lock keys of our own, one per kind of run; distinct so that one never blocks another. */
const RUN_LOCK_KEYS = {
  /** The alerts outbox (lib/db/store/alert-outbox.ts): one sender at a time. */
  'alerts-outbox': 19_0001,
  /** `npm run sync`, every source: one sync at a time (docs/decisions/024-past-one-machine.md). */
  sync: 19_0002,
  /**
   * Every pass that writes the search index (ingest, sync, start-up catch-up, a register import,
   * `npm run reindex`): one at a time, so a rebuild sees every document a pass marks indexed
   * (lib/ingest/index-documents.ts).
   */
  index: 19_0004,
} as const;

/**
 * Keys of transaction-scoped advisory locks (pg_advisory_xact_lock), apart from the run locks above.
 * `alerts-signup`: sign-ups count, then insert, one at a time (lib/db/alerts.ts admitSignup).
 */
export const XACT_LOCK_KEYS = { 'alerts-signup': 19_0003 } as const;

export type RunLock = keyof typeof RUN_LOCK_KEYS;

/** Runs `work` while holding the lock, or returns null at once when another run holds it. */
export async function withRunLock<T>(db: Db, lock: RunLock, work: () => Promise<T>): Promise<T | null> {
  return holding(db, lock, false, work);
}

/**
 * Runs `work` while holding the lock, waiting first for as long as another run holds it (a run that
 * dies releases it with its connection, so the wait ends).
 */
export async function withRunLockWaiting<T>(db: Db, lock: RunLock, work: () => Promise<T>): Promise<T> {
  return (await holding(db, lock, true, async () => ({ value: await work() })))!.value;
}

async function holding<T>(db: Db, lock: RunLock, wait: boolean, work: () => Promise<T>): Promise<T | null> {
  const key = RUN_LOCK_KEYS[lock];
  return withLockConnection(await pgPoolOf(db), async (client) => {
    if (wait) await client.query('SELECT pg_advisory_lock($1)', [key]);
    else {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      if (!rows[0]?.locked) return null;
    }
    try {
      return await work();
    } finally {
      // Closing the connection would release it too; unlocking first frees it at once.
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {});
    }
  });
}

/**
 * A connection of its own for the lock, outside the pool: a lock held for a whole run must not
 * take a pool slot the run's own work needs (with a pool of one, an index pass waited on itself
 * until the pool's timeout). No statement timeout: waiting for the lock may take a whole run.
 */
async function withLockConnection<T>(pool: pg.Pool, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...pool.options, statement_timeout: undefined });
  // A connection that dies emits 'error' besides failing the statement in flight (which is what
  // we report); unheard, it would end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
