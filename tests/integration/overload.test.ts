/**
 * Overload against the built app as `npm start` serves it (scripts/serve.ts), on real Postgres and
 * Meilisearch holding the seeds, with admission limits of one request at a time and no queue:
 *
 * - while one page render waits on Postgres (a table lock held by this test), a page and an API
 *   route answer 503 with Retry-After at once, before rendering;
 * - that render, cancelled by the statement timeout, answers 503 with Retry-After, not 500;
 * - once the lock goes, the same routes are served again.
 *
 * The app is built first when its sources changed (tests/faults/support/app.ts), into this slot's
 * build dir, which the end-to-end stage reuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdTableLock, type HeldLock } from '../../lib/db/cluster';
import { OVERLOADED_MESSAGE } from '../../lib/http/overloaded';
import { startApp, type RunningApp } from '../faults/support/app';
import { testRuntime } from '../support/fixtures';
import { TEST_PORTS } from '../support/test-services';
import { withSeededRuntime } from './runtime-support';

const rt = testRuntime('it_overload');
let app: RunningApp;

interface Answer {
  status: number;
  retryAfter: string | null;
  contentType: string | null;
  body: string;
}

async function get(path: string, signal = AbortSignal.timeout(60_000)): Promise<Answer> {
  const res = await fetch(app.url + path, { redirect: 'manual', signal });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), contentType: res.headers.get('content-type'), body: await res.text() };
}

/**
 * The first 200 of `path` within 30 tries: the app is ready (a busy machine can make its first
 * database probe time out, a 503 that passes by itself).
 */
async function untilServed(path: string): Promise<number> {
  let last = 0;
  for (let i = 0; i < 30 && last !== 200; i++) {
    if (i) await new Promise((r) => setTimeout(r, 500));
    last = (await get(path)).status;
  }
  return last;
}

/** Waits (bounded) until a statement on Postgres is waiting for the lock: the render is in flight. */
async function untilWaitingOnLock(lock: HeldLock): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await lock.isAnyoneWaiting()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no render came to wait on the lock within 30 s');
}

describe('overload: 503 with Retry-After, never 500', () => {
  withSeededRuntime(rt);
  beforeAll(async () => {
    app = await startApp(TEST_PORTS.app + 8, {
      DATABASE_URL: rt.services.databaseUrl,
      MEILI_URL: rt.services.meiliUrl,
      MEILI_MASTER_KEY: rt.services.meiliKey,
      MEILI_INDEX: rt.indexName,
      WEB_CONCURRENCY: '1',
      ADMISSION_MAX_IN_FLIGHT: '1',
      ADMISSION_MAX_QUEUED: '0',
      PG_STATEMENT_TIMEOUT_MS: '5000',
      PAGE_CACHE: 'off',
    });
  }, 600_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a page and an API route past the limit, answers the render the database timed out 503, and serves again after', async () => {
    expect(await untilServed('/sittings')).toBe(200);
    const lock = await holdTableLock(rt.services.databaseUrl, 'Record');
    try {
      const blocked = get('/sittings');
      await untilWaitingOnLock(lock);

      const page = await get('/search?q=trafficking');
      const api = await get('/api/search?q=trafficking');
      for (const refused of [page, api]) {
        expect(refused.status).toBe(503);
        expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      }
      expect(page.contentType).toMatch(/^text\/html/);
      expect(page.body).toContain(OVERLOADED_MESSAGE);
      expect(JSON.parse(api.body)).toEqual({ error: OVERLOADED_MESSAGE });

      const timedOut = await blocked;
      expect(timedOut.status).toBe(503);
      expect(Number(timedOut.retryAfter)).toBeGreaterThan(0);
      expect(app.stderr()).not.toMatch(/serve: GET/);
    } finally {
      await lock.release();
    }
    for (const path of ['/sittings', '/search?q=trafficking', '/api/search?q=trafficking']) expect(await untilServed(path), path).toBe(200);
  });

  it('gives back the turn of a request whose client hung up', async () => {
    expect(await untilServed('/sittings')).toBe(200);
    const lock = await holdTableLock(rt.services.databaseUrl, 'Record');
    try {
      const hangUp = new AbortController();
      const abandoned = get('/sittings', hangUp.signal).catch(() => null);
      await untilWaitingOnLock(lock);
      hangUp.abort();
      await abandoned;
      // While the render still waits on the lock (its statement timeout is 5 s away), the turn is free.
      let status = 0;
      for (let i = 0; i < 5 && status !== 200; i++) {
        if (i) await new Promise((r) => setTimeout(r, 200));
        status = (await get('/api/search?q=trafficking')).status;
      }
      expect(status).toBe(200);
      expect(await lock.isAnyoneWaiting()).toBe(true);
    } finally {
      await lock.release();
    }
  });
});
