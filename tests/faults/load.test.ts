/**
 * A mixed search / read load on loopback: 50 requests a second for 60 s on a fixed schedule (open
 * model: request i leaves at i × 20 ms whether or not earlier ones have answered), bounded by a
 * per-request timeout and stopping by itself. Not one answer may be a server error.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../lib/db/client';
import { listContributions, listRecords } from '../support/inventory';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient } from '../../lib/search/index-admin';
import { ROOT } from '../support/test-services';
import { startApp, type RunningApp } from './support/app';
import { writeSeedCorpus } from './support/corpus';
import { recordFigures } from './support/figures';
import { createRandom } from './support/mutate';
import { FaultServices, FAULTS_DIR } from './support/services';
import { getDefaultRegisterIndex } from '../../lib/members';

const RATE = Number(process.env.LOAD_RATE ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const INDEX = 'faults_load';
const services = new FaultServices('load', 4);
let app: RunningApp;
let paths: { records: string[]; contributions: string[] };

const QUERIES = [
  'trafficking',
  'sexual exploitation',
  '"modern slavery"',
  'victims',
  'Home Office',
  'smuggling faultdoc7',
  'government',
  'police',
  'asylum',
  'servitude',
];
const FILTERS = ['', '&house=Commons', '&type=answer', '&sort=newest', '&kind=oral-answers', '&from=2005-01-01&to=2030-12-31', '&page=2', '&perPage=50'];

/** The route a path exercises, for per-route latency. */
function routeOf(p: string): string {
  return p.replace(/\?.*$/, '').replace(/\/[a-z2-9]{12}$/, '/{id}');
}

function pickPath(r: ReturnType<typeof createRandom>): string {
  const roll = r.next();
  const q = `q=${encodeURIComponent(r.pick(QUERIES))}${r.pick(FILTERS)}`;
  if (roll < 0.5) return `/api/search?${q}`;
  if (roll < 0.65) return `/search?${q}`;
  if (roll < 0.8) return `/d/${r.pick(paths.records)}`;
  if (roll < 0.9) return `/c/${r.pick(paths.contributions)}`;
  return `/api/contributions/${r.pick(paths.contributions)}`;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

describe(`load: ${RATE} requests/s for ${SECONDS} s`, () => {
  beforeAll(async () => {
    await services.start();
    const db = createDb(services.databaseUrl, 2);
    const corpus = writeSeedCorpus(path.join(FAULTS_DIR, 'load-corpus'), 100, 'load');
    const summary = await ingestPaths([path.join(ROOT, 'seeds'), ...corpus], {
      db,
      search: { client: createSearchClient(services.meiliUrl, services.meiliKey), indexName: INDEX },
      register: getDefaultRegisterIndex(),
    });
    expect(summary.failed).toEqual([]);
    paths = {
      records: (await listRecords(db)).map((r) => r.id),
      contributions: (await listContributions(db, { limit: 500 })).map((c) => c.id),
    };
    await db.$disconnect();
    app = await startApp(services.ports.app, services.env(INDEX));
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await services.stop();
  });

  it(
    'holds with no server errors',
    async () => {
      const r = createRandom(2026);
      const total = RATE * SECONDS;
      const interval = 1000 / RATE;
      const statuses = new Map<number, number>();
      const latencies: number[] = [];
      const byRoute = new Map<string, number[]>();
      const failures: string[] = [];
      let maxInFlight = 0;
      let inFlight = 0;
      const start = performance.now();
      const requests: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = start + i * interval;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((res) => setTimeout(res, wait));
        const p = pickPath(r);
        requests.push(
          (async () => {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            const t = performance.now();
            try {
              // A hang guard, not a latency check (latencies are figures): an answer that never comes fails.
              const res = await fetch(app.url + p, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
              await res.arrayBuffer();
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
              if (res.status >= 500) failures.push(`${res.status} ${p}`);
            } catch (e) {
              statuses.set(0, (statuses.get(0) ?? 0) + 1);
              failures.push(`${e instanceof Error ? e.name : 'error'} ${p}`);
            } finally {
              const ms = performance.now() - t;
              latencies.push(ms);
              const route = routeOf(p);
              byRoute.set(route, [...(byRoute.get(route) ?? []), ms]);
              inFlight--;
            }
          })(),
        );
      }
      await Promise.all(requests);
      const elapsed = (performance.now() - start) / 1000;
      latencies.sort((a, b) => a - b);
      const figures = {
        requests: total,
        seconds: Number(elapsed.toFixed(1)),
        achievedRate: Number((total / elapsed).toFixed(1)),
        statuses: Object.fromEntries(statuses),
        serverErrors: failures.length,
        p50ms: Math.round(percentile(latencies, 50)),
        p95ms: Math.round(percentile(latencies, 95)),
        p99ms: Math.round(percentile(latencies, 99)),
        maxMs: Math.round(latencies[latencies.length - 1] ?? 0),
        maxInFlight,
        byRoute: Object.fromEntries(
          [...byRoute].map(([route, ms]) => {
            const sorted = [...ms].sort((a, b) => a - b);
            return [route, { n: sorted.length, p50ms: Math.round(percentile(sorted, 50)), p95ms: Math.round(percentile(sorted, 95)) }];
          }),
        ),
      };
      recordFigures('load', figures);
      expect(failures.slice(0, 10)).toEqual([]);
      expect([...statuses.keys()].every((s) => s === 200 || s === 301 || s === 404)).toBe(true);
      expect(latencies.length).toBe(total);
    },
    SECONDS * 1000 + 120_000,
  );
});
