/**
 * Every search-backed route answers a Meilisearch outage alike (lib/http/search-unavailable.ts):
 * 503 with the same JSON, never a 500 or an empty result — and a bad parameter is still a 400
 * naming it, since that is decided before search is asked. Meilisearch is "down" here the real way:
 * the app points at a loopback port where nothing listens (Postgres stays up).
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { testRuntime } from '../support/fixtures';

/** A loopback port that was free a moment ago and that nothing listens on now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const rt = testRuntime('it_search_unavailable');
// The routes read their settings through lib/env.ts, once, on first use.
Object.assign(process.env, {
  DATABASE_URL: rt.services.databaseUrl,
  MEILI_URL: `http://127.0.0.1:${await closedPort()}`,
  MEILI_MASTER_KEY: 'unused',
  MEILI_INDEX: rt.indexName,
});

const routes = {
  '/api/search': await import('../../app/api/search/route'),
  '/api/search.csv': await import('../../app/api/search.csv/route'),
  '/api/search.json': await import('../../app/api/search.json/route'),
  '/search.atom': await import('../../app/search.atom/route'),
};

describe('search-backed routes while Meilisearch is not answering', () => {
  it.each(Object.entries(routes))('%s answers 503 with the same message', async (path, route) => {
    const res = await route.GET(new Request(`http://localhost:3000${path}?q=trafficking`));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: 'search is temporarily unavailable; try again in a moment' });
  });

  it.each(Object.entries(routes))('%s still answers a bad parameter with 400 naming it', async (path, route) => {
    const res = await route.GET(new Request(`http://localhost:3000${path}?perPage=500`));
    expect(res.status).toBe(400);
    expect((await res.json()).param).toBe('perPage');
  });
});
