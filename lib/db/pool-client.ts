/**
 * A connection checked out of the pg pool for one piece of work (a store transaction), returned
 * to the pool after it, or thrown away when the work says it
 * is broken. The one place that knows how a checked-out connection must be handled.
 */
import type pg from 'pg';

/**
 * Runs `work` on a connection of its own. `discard(e)` marks the connection broken (a failed
 * ROLLBACK or unlock): it is then closed rather than handed to the next caller.
 */
export async function withPoolClient<T>(pool: pg.Pool, work: (client: pg.PoolClient, discard: (e: Error) => void) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection that dies emits 'error' besides failing the statement in flight (which is what
  // we report); a checked-out client has no listener of its own, and an unheard 'error' would
  // end the process.
  const ignore = () => {};
  client.on('error', ignore);
  let broken: Error | undefined;
  try {
    return await work(client, (e) => {
      broken = e;
    });
  } finally {
    client.removeListener('error', ignore);
    client.release(broken);
  }
}
