/**
 * lib/db/errors.ts tells "the database is not answering" (→ 503) from "the query is wrong" (→ 500),
 * on real errors from the Prisma client over the pg adapter, not hand-made ones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pingDatabase } from '../../lib/db/proxy';
import { createDb } from '../../lib/db/client';
import { getConnectionPid, holdTableLock, queryInTransactionAfter, terminateConnection } from '../../lib/db/cluster';
import { countDocuments } from '../../lib/db/store';
import { isDatabaseUnavailable } from '../../lib/db/errors';
import { putAliases } from '../support/inventory';
import { listPendingDocuments } from '../../lib/db/store';
import { databaseUnavailableJson, withDatabase } from '../../lib/http/database-unavailable';
import { testRuntime } from '../support/fixtures';
import { TEST_PORTS } from '../support/test-services';

const rt = testRuntime('it_reliability_db');
// A port of this slot's range where nothing listens.
const dead = createDb(`postgresql://hansard:hansard@127.0.0.1:${TEST_PORTS.pg + 8}/hansard`);

afterAll(async () => {
  await rt.db.$disconnect();
  await dead.$disconnect().catch(() => {});
});

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

describe('database outage errors', () => {
  it('a refused connection is "unavailable", for a query and for a transaction', async () => {
    expect(isDatabaseUnavailable(await errorOf(() => countDocuments(dead)))).toBe(true);
    expect(isDatabaseUnavailable(await errorOf(() => queryInTransactionAfter(dead, async () => {})))).toBe(true);
    expect(isDatabaseUnavailable(await errorOf(() => pingDatabase(dead)))).toBe(true);
  });

  it('a bad query or a constraint violation is not', async () => {
    // A negative LIMIT is refused by Postgres (2201W); the same old id twice breaks the alias table's key.
    expect(isDatabaseUnavailable(await errorOf(() => listPendingDocuments(rt.db, '', -1)))).toBe(false);
    const alias = { oldId: 'reliabilitydb', newId: null, recordId: 'none' };
    expect(isDatabaseUnavailable(await errorOf(() => putAliases(rt.db, [alias, alias])))).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('a connection killed by the server (admin shutdown, 57P01) is "unavailable"', async () => {
    const victim = createDb(rt.services.databaseUrl, 1);
    const pid = await getConnectionPid(victim);
    const e = await errorOf(() => queryInTransactionAfter(victim, () => terminateConnection(rt.db, pid)));
    expect(isDatabaseUnavailable(e)).toBe(true);
    // …and the pool replaces the dead connection: the next query works without a restart.
    await expect(pingDatabase(victim)).resolves.toBeUndefined();
    await victim.$disconnect();
  });

  it('a statement cancelled by the statement timeout (57014) is "unavailable"; a client without one waits it out', async () => {
    const timed = createDb(rt.services.databaseUrl, 1, { statementTimeoutMs: 300 });
    const untimed = createDb(rt.services.databaseUrl, 1);
    const lock = await holdTableLock(rt.services.databaseUrl, 'SourceDocument');
    try {
      const e = await errorOf(() => countDocuments(timed));
      expect(isDatabaseUnavailable(e)).toBe(true);
      const waiting = countDocuments(untimed);
      // Held past the timeout above (the count is waiting on the lock when it is released).
      for (let i = 0; i < 100 && !(await lock.isAnyoneWaiting()); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500));
      await lock.release();
      expect(await waiting).toBeGreaterThanOrEqual(0);
    } finally {
      await lock.release();
      await timed.$disconnect();
      await untimed.$disconnect();
    }
  });

  it('withDatabase answers 503 with Retry-After for an outage and rethrows anything else', async () => {
    const outage = withDatabase(async () => {
      await countDocuments(dead);
      return new Response('unreachable');
    });
    const res = await outage();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await res.json()).error).toMatch(/try again/i);
    expect((await databaseUnavailableJson().json()).error).toMatch(/database/i);
    const bug = withDatabase(async () => {
      throw new TypeError('a bug');
    });
    await expect(bug()).rejects.toThrow('a bug');
  });
});
