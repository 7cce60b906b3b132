/**
 * The pg driver adapter, with one repair: a transaction whose connection dies must give its pool
 * slot back.
 *
 * Prisma (client-engine-runtime's TransactionManager, 6.19) closes a transaction by sending
 * COMMIT or ROLLBACK and only then calling the adapter's commit()/rollback(), which releases the pg
 * client. When that statement fails — Postgres restarted, the connection was terminated — the
 * release never happens and the pool loses the slot for good: after `max` such failures every
 * query waits for a connection that never comes, until the process restarts. Here a failed
 * COMMIT/ROLLBACK releases the client itself (pg-pool drops a client that is no longer queryable).
 *
 * It also reports every failed call to trouble-watch.ts, so the server can answer 503, not 500,
 * when a page failed because the database was out of connections or time.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { noteDatabaseError } from './trouble-watch';

type Factory = InstanceType<typeof PrismaPg>;
type Adapter = Awaited<ReturnType<Factory['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

const CLOSING = /^\s*(?:COMMIT|ROLLBACK)\s*;?\s*$/i;

function releasingOnFailedClose(tx: Transaction): Transaction {
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await tx.rollback().catch(() => {}); // the adapter's rollback() only releases the client
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'executeRaw') {
        return async (query: Parameters<Transaction['executeRaw']>[0]) => {
          try {
            return await target.executeRaw(query);
          } catch (e) {
            if (CLOSING.test(query.sql)) await release();
            throw e;
          }
        };
      }
      if (prop === 'commit' || prop === 'rollback') {
        return async () => {
          if (released) return;
          released = true;
          await target[prop]();
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export class ReleasingPrismaPg extends PrismaPg {
  /** The pg pool of the current connection (Prisma connects lazily, and anew after $disconnect). */
  pool: pg.Pool | null = null;

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    this.pool = pool;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (this.pool === pool) this.pool = null;
      await dispose();
    };
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releasingOnFailedClose(await noting(startTransaction(isolationLevel)));
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = (query) => noting(queryRaw(query));
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = (query) => noting(executeRaw(query));
    return adapter;
  }
}

/** `call`, with its failure (if any) reported to trouble-watch.ts before it propagates. */
async function noting<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    noteDatabaseError(e);
    throw e;
  }
}
