/**
 * Questions to a Postgres server itself rather than to our tables: does it answer with these
 * credentials, does a database exist (asked while lib/embedded starts or reuses a server); which
 * connection is which, and ending one (how the outage tests cut a connection for real); holding a
 * table lock (how the overload tests make reads wait).
 */
import pg from 'pg';
import type { Db } from './client';

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the server `admin` is connected to has a database of this name. */
export async function hasDatabase(admin: pg.Client, name: string): Promise<boolean> {
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  return exists.rowCount !== 0;
}

/** The pid of the server process behind one of this client's connections. */
export async function getConnectionPid(db: Db): Promise<number> {
  const [{ pid }] = await db.$queryRaw<Array<{ pid: number }>>`select pg_backend_pid() as pid`;
  return Number(pid);
}

/** Ends a server connection by its pid, as an administrator's shutdown would (57P01 to its client). */
export async function terminateConnection(db: Db, pid: number): Promise<void> {
  await db.$queryRaw`select pg_terminate_backend(${pid}::int)`;
}

/** Opens a transaction, runs `during` while it is open, then queries inside it: how a connection lost mid-transaction is reported. */
export async function queryInTransactionAfter(db: Db, during: () => Promise<void>): Promise<void> {
  await db.$transaction(async (tx) => {
    await during();
    await tx.$queryRaw`select 1`;
  });
}

/** A lock held on one connection until `release()`: the lock-wait tests' stand-in for a slow database. */
export interface HeldLock {
  /** Whether a statement on another connection is waiting for a lock just now. */
  isAnyoneWaiting(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Takes an ACCESS EXCLUSIVE lock on one of our tables in a transaction of its own connection, so
 * every statement reading that table waits (and the statement timeout, if any, cancels it).
 */
export async function holdTableLock(url: string, table: 'Record' | 'SourceDocument'): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  return {
    async isAnyoneWaiting() {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      return rows[0].n > 0;
    },
    async release() {
      await client.query('ROLLBACK').catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
