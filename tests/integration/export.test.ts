/**
 * Exports, feeds and the OpenAPI description against real Postgres + Meilisearch holding the
 * seeds, called through the route handlers, and checked with the zod schemas the OpenAPI
 * description is generated from and with a real feed parser.
 */
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { searchExportSchema, searchResponseSchema } from '../../lib/api-schemas';
import { listRecords } from '../support/inventory';
import { parseSearchParams } from '../../lib/search/search-params';
import { testRuntime, pointRoutesAt } from '../support/fixtures';
import { readCsv } from '../support/read-csv';
import { withSeededRuntime } from './runtime-support';

const rt = testRuntime('it_export');
pointRoutesAt(rt);

const searchRoute = await import('../../app/api/search/route');
const csvRoute = await import('../../app/api/search.csv/route');
const jsonRoute = await import('../../app/api/search.json/route');
const atomRoute = await import('../../app/search.atom/route');
const questionFeedRoute = await import('../../app/d/[id]/feed.atom/route');
const openApiRoute = await import('../../app/api/openapi.json/route');
const { runHitsOnly, runSearch } = await import('../../lib/search/app-search');

const ORIGIN = 'http://localhost:3000';
const get = (p: string) => new Request(`${ORIGIN}${p}`);
const textOf = (t: unknown) => (typeof t === 'object' && t !== null && 'value' in t ? (t as { value: string }).value : t);

function parseRequest(query: string) {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

async function searchTotal(query: string): Promise<number> {
  const res = await searchRoute.GET(get(`/api/search?${query}`));
  expect(res.status).toBe(200);
  return searchResponseSchema.parse(await res.json()).total;
}

describe('exports and feeds over the seeds', () => {
  withSeededRuntime(rt);

  it("an export's search (runHitsOnly) finds the page's hits and total, and counts no facets", async () => {
    const request = parseRequest('q=trafficking&speaker=Vernon+Coaker&perPage=5&page=2');
    const [full, hitsOnly] = await Promise.all([runSearch(request), runHitsOnly(request)]);
    if (!full.ok || !hitsOnly.ok) throw new Error('search failed');
    expect(hitsOnly.result.hits.map((h) => h.id)).toEqual(full.result.hits.map((h) => h.id));
    expect(hitsOnly.result.hits.length).toBeGreaterThan(0);
    expect(hitsOnly.result.total).toBe(full.result.total);
    expect(Object.values(full.result.facets).some((counts) => Object.keys(counts).length > 0)).toBe(true);
    expect(Object.values(hitsOnly.result.facets).every((counts) => Object.keys(counts).length === 0)).toBe(true);
  });

  it('/api/search answers in the documented shape', async () => {
    expect(await searchTotal('q=trafficking')).toBeGreaterThanOrEqual(15);
  });

  it.each(['q=trafficking', '', 'speaker=Vernon+Coaker', 'q=trafficking&perPage=5&page=2'])('the CSV for "%s" has a header and `total` rows', async (query) => {
    const total = await searchTotal(query);
    const res = await csvRoute.GET(get(`/api/search.csv?${query}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('x-export-capped')).toBe('false');
    expect(res.headers.get('x-export-total')).toBe(String(total));
    const rows = readCsv(await res.text());
    expect(rows[0][0]).toBe('id');
    expect(rows.slice(1)).toHaveLength(total);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(total);
    expect(rows.slice(1).every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('the JSON export holds every hit with its whole text, in the documented shape', async () => {
    const total = await searchTotal('speaker=Vernon+Coaker');
    expect(total).toBe(7);
    const res = await jsonRoute.GET(get('/api/search.json?speaker=Vernon+Coaker'));
    const body = searchExportSchema.parse(await res.json());
    expect(body).toMatchObject({ total: 7, exported: 7, capped: false });
    expect(body.hits).toHaveLength(7);
    expect(body.hits.every((h) => h.speaker.name === 'Vernon Coaker' && h.url.startsWith(`${ORIGIN}/c/`) && (h.text?.length ?? 0) > 0)).toBe(true);
  });

  it('bad parameters: 400 naming the parameter, for exports and feeds alike', async () => {
    for (const route of [csvRoute, jsonRoute, atomRoute]) {
      const res = await route.GET(get('/x?from=2007-13-45'));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ param: 'from' });
    }
  });

  it('/search.atom parses with a feed parser, newest first, one entry per hit', async () => {
    const total = await searchTotal('q=trafficking');
    const res = await atomRoute.GET(get('/search.atom?q=trafficking'));
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = parseAtomFeed(await res.text());
    expect(feed.entries).toHaveLength(Math.min(total, 50));
    // Entries dated by the record come newest first; undated ones (a committee release) after them.
    const dated = feed.entries!.map((e) => (e.published ? Date.parse(e.published) : null));
    const firstUndated = dated.indexOf(null);
    const times = (firstUndated < 0 ? dated : dated.slice(0, firstUndated)) as number[];
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    if (firstUndated >= 0) expect(dated.slice(firstUndated).every((t) => t === null)).toBe(true);
    expect(feed.entries!.every((e) => e.links?.[0]?.href?.startsWith(`${ORIGIN}/c/`))).toBe(true);
    expect(textOf(feed.title)).toContain('“trafficking”');
    expect(Date.parse(feed.updated!)).toBe(Math.max(...feed.entries!.map((e) => Date.parse(e.updated!))));
  });

  it("a written question's feed is one entry, dated by its answer", async () => {
    const records = await listRecords(rt.db);
    const record = records.find((r) => r.kind === 'written-question' && r.uin === '7814')!;
    const res = await questionFeedRoute.GET(get(`/d/${record.id}/feed.atom`), { params: Promise.resolve({ id: record.id }) });
    expect(res.status).toBe(200);
    const feed = parseAtomFeed(await res.text());
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries![0].updated).toBe('2024-10-17T00:00:00Z');
    expect(textOf(feed.entries![0].title)).toBe('Human Trafficking: Prostitution (answered)');
    expect(textOf(feed.entries![0].content)).toContain('To ask the Secretary of State for the Home Department');
    const debate = records.find((r) => r.kind === 'oral-answers')!;
    expect((await questionFeedRoute.GET(get(`/d/${debate.id}/feed.atom`), { params: Promise.resolve({ id: debate.id }) })).status).toBe(404);
  });

  it('/api/openapi.json names this server', async () => {
    const doc = await (await openApiRoute.GET(get('/api/openapi.json'))).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: ORIGIN }]);
  });
});
