/**
 * Postgres stops under a running app and starts again: routes that read it answer 503 with a
 * friendly page (JSON for /api) while it is down, search keeps working, and everything answers 200
 * again once it is back — without restarting the app, and without pool slots lost to transactions
 * that died with the server.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { listContributions, listRecords } from '../support/inventory';
import { slugify } from '../../lib/ids';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient } from '../../lib/search/index-admin';
import { ROOT } from '../support/test-services';
import { startApp, type RunningApp } from './support/app';
import { recordFigures } from './support/figures';
import { FaultServices } from './support/services';
import { getDefaultRegisterIndex } from '../../lib/members';

const INDEX = 'faults_pg_down';
const services = new FaultServices('postgres-down', 3);
let app: RunningApp;
let urls: { page: string[]; api: string[] };

async function status(url: string): Promise<{ status: number; body: string; retryAfter: string | null }> {
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') };
  } catch (e) {
    return { status: 0, body: String(e), retryAfter: null };
  }
}

describe('Postgres down under a running app', () => {
  beforeAll(async () => {
    await services.start();
    const db: Db = createDb(services.databaseUrl, 2);
    const summary = await ingestPaths([path.join(ROOT, 'seeds')], {
      db,
      search: { client: createSearchClient(services.meiliUrl, services.meiliKey), indexName: INDEX },
      register: getDefaultRegisterIndex(),
    });
    expect(summary.failed).toEqual([]);
    const contribution = (await listContributions(db)).find((c) => c.speakerName !== null)!;
    const record = (await listRecords(db)).find((r) => r.id === contribution.recordId)!;
    await db.$disconnect();
    app = await startApp(services.ports.app, services.env(INDEX));
    const c = contribution.id;
    urls = {
      page: [`/d/${record.id}`, `/c/${c}`, `/speakers/${slugify(contribution.speakerName!)}`].map((p) => app.url + p),
      api: [`/api/contributions/${c}`, `/documents/${record.documentId}`].map((p) => app.url + p),
    };
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await services.stop();
  });

  it('answers 503 with a friendly message while down, and 200 again once it is back', async () => {
    for (const u of [...urls.page, ...urls.api]) expect((await status(u)).status, u).toBe(200);

    await services.stopPostgres();
    const outageStarted = Date.now();
    // The availability probe is cached for up to a second; after that every answer must be a 503.
    await new Promise((r) => setTimeout(r, 1500));
    const seen: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const u of urls.page) {
        const r = await status(u);
        seen.push(r.status);
        expect(r.status, u).toBe(503);
        expect(r.body).toMatch(/not answering just now[\s\S]*try again in a moment/i);
        expect(r.body).not.toMatch(/ECONNREFUSED|Prisma|at \w+ \(/);
        expect(r.retryAfter).toMatch(/^\d+$/);
      }
      const api = await status(`${app.url}/api/contributions/${urls.api[0].split('/').pop()}`);
      seen.push(api.status);
      expect(api.status).toBe(503);
      expect(JSON.parse(api.body).error).toMatch(/try again/i);
    }
    // Search does not need Postgres: it keeps answering.
    const search = await status(`${app.url}/api/search?q=trafficking`);
    expect(search.status).toBe(200);
    expect(JSON.parse(search.body).total).toBeGreaterThan(0);
    expect((await status(`${app.url}/search?q=trafficking`)).status).toBe(200);

    await services.startPostgres();
    const restarted = Date.now();
    let recoveredMs = -1;
    // A hang guard, not a speed check: recovery takes about a second; the time it took is a figure.
    while (Date.now() - restarted < 90_000) {
      const all = await Promise.all([...urls.page, ...urls.api].map(status));
      if (all.every((r) => r.status === 200)) {
        recoveredMs = Date.now() - restarted;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    // More requests than the pool has connections: no slot was lost to the outage.
    const after = await Promise.all(
      Array.from({ length: 4 }, () => [...urls.page, ...urls.api])
        .flat()
        .map(status),
    );
    expect(after.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);

    recordFigures('postgres-down', {
      outageMs: restarted - outageStarted,
      requestsDuringOutage: seen.length + 2,
      answeredDuringOutage: Object.fromEntries([...new Set(seen)].map((s) => [s, seen.filter((x) => x === s).length])),
      searchDuringOutage: 200,
      recoveredWithoutRestartMs: recoveredMs,
      requestsAfterRecovery: after.length,
      errorsAfterRecovery: after.filter((r) => r.status !== 200).length,
    });
  }, 240_000);
});
