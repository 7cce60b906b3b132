import { describe, expect, it } from 'vitest';
import { exportHeaders, startSearchExport, toCsvStream, toJsonStream, type SearchExportDeps } from '@/lib/export/search-export';
import type { SearchHit, SearchOutcome } from '@/lib/search/run-search';
import { emptySearchRequest, type SearchRequest } from '@/lib/search/search-params';

function hit(n: number): SearchHit {
  const id = `c${String(n).padStart(11, '0')}`;
  return {
    id,
    url: `/c/${id}`,
    record: { id: 'rec000000000', url: '/d/rec000000000', title: 'People, "Trafficking"', kind: 'oral-answers', house: 'Commons' },
    date: '2007-11-26',
    type: 'answer',
    speaker: { name: n === 0 ? '=cmd|calc' : `Speaker ${n}`, role: null, party: null, constituency: null },
    snippet: '…',
  };
}

/** A fake search over `total` hits that records which pages were asked for. */
function fakeDeps(total: number) {
  const asked: Array<{ page: number; perPage: number }> = [];
  const deps: SearchExportDeps = {
    origin: 'https://example.org',
    async search(request: SearchRequest): Promise<SearchOutcome> {
      asked.push({ page: request.page, perPage: request.perPage });
      const start = (request.page - 1) * request.perPage;
      const hits = Array.from({ length: Math.max(0, Math.min(request.perPage, total - start)) }, (_, i) => hit(start + i));
      const facets = {} as never;
      return {
        ok: true,
        result: {
          total,
          page: request.page,
          perPage: request.perPage,
          hits,
          facets,
          facetsEstimated: false,
          totalCapped: false,
          warnings: [],
          processingTimeMs: 0,
        },
      };
    },
    async factsById(ids) {
      return new Map(
        ids.map((id) => [id, { text: `text of ${id}`, personId: 'uk.org.publicwhip/person/10001', sourceId: `gid/${id}`, uin: '7814', status: 'answered' }]),
      );
    },
  };
  return { deps, asked };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('search export', () => {
  it('streams every page: the CSV has a header and `total` rows', async () => {
    const { deps, asked } = fakeDeps(250);
    const started = await startSearchExport(emptySearchRequest(), deps);
    if (!started.ok) throw new Error(started.error);
    expect(started.value).toMatchObject({ total: 250, rows: 250, capped: false });
    const csv = await readAll(toCsvStream(started.value));
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'id,url,date,type,speaker,role,party,constituency,person_id,source_id,record_id,record_url,record_title,kind,house,uin,question_status,text',
    );
    expect(lines).toHaveLength(251);
    expect(asked.map((a) => a.page)).toEqual([1, 2, 3]);
    expect(asked.every((a) => a.perPage === 100)).toBe(true);
    expect(lines[1]).toContain(`'=cmd|calc`);
    expect(lines[1]).toContain('"People, ""Trafficking"""');
    expect(lines[1]).toContain('https://example.org/c/c00000000000');
  });

  it('stops at the cap and says so in headers and in the JSON', async () => {
    const { deps, asked } = fakeDeps(1_000);
    const started = await startSearchExport(emptySearchRequest(), deps, 150);
    if (!started.ok) throw new Error(started.error);
    const headers = exportHeaders(started.value, 'application/json', 'x.json');
    expect(headers.get('X-Export-Capped')).toBe('true');
    expect(headers.get('X-Export-Total')).toBe('1000');
    expect(headers.get('X-Export-Rows')).toBe('150');
    const json = JSON.parse(await readAll(toJsonStream(started.value)));
    expect(json).toMatchObject({ total: 1000, exported: 150, capped: true, maxRows: 150 });
    expect(json.hits).toHaveLength(150);
    expect(json.hits[0]).toMatchObject({ id: 'c00000000000', text: 'text of c00000000000', url: 'https://example.org/c/c00000000000' });
    expect(json.hits[0]).toMatchObject({ personId: 'uk.org.publicwhip/person/10001', sourceId: 'gid/c00000000000', uin: '7814', status: 'answered' });
    expect(asked.map((a) => a.page)).toEqual([1, 2]);
  });

  it('an empty search is a header row and an empty hit list, not capped', async () => {
    const { deps } = fakeDeps(0);
    const started = await startSearchExport(emptySearchRequest(), deps);
    if (!started.ok) throw new Error(started.error);
    expect(exportHeaders(started.value, 'text/csv', 'x.csv').get('X-Export-Capped')).toBe('false');
    expect((await readAll(toCsvStream(started.value))).split('\r\n').filter(Boolean)).toHaveLength(1);
    const again = await startSearchExport(emptySearchRequest(), fakeDeps(0).deps);
    if (!again.ok) throw new Error(again.error);
    expect(JSON.parse(await readAll(toJsonStream(again.value))).hits).toEqual([]);
  });

  it('passes a search error through, naming the parameter', async () => {
    const deps: SearchExportDeps = { ...fakeDeps(0).deps, search: async () => ({ ok: false, error: 'speaker: no such speaker', param: 'speaker' }) };
    expect(await startSearchExport(emptySearchRequest(), deps)).toEqual({ ok: false, error: 'speaker: no such speaker', param: 'speaker' });
  });
});
