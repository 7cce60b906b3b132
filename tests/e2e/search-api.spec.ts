import { expect, test } from '@playwright/test';

type ApiResult = {
  total: number;
  page: number;
  perPage: number;
  hits: Array<{
    id: string;
    url: string;
    record: { id: string; url: string; title: string; kind: string; house: string | null };
    date: string | null;
    type: string;
    speaker: { name: string | null };
    snippet: string;
  }>;
  facets: Record<string, Record<string, number>>;
};

test.describe('GET /api/search (docs/contracts.md §3)', () => {
  test('answers the contract shape with hits, facets and marked snippets', async ({ request }) => {
    const res = await request.get('/api/search?q=trafficking&perPage=5');
    expect(res.status()).toBe(200);
    const body = (await res.json()) as ApiResult;
    expect(body).toMatchObject({ page: 1, perPage: 5 });
    expect(body.total).toBeGreaterThanOrEqual(15);
    expect(body.hits).toHaveLength(5);
    for (const hit of body.hits) {
      expect(hit.url).toBe(`/c/${hit.id}`);
      expect(hit.record.url).toBe(`/d/${hit.record.id}`);
      // escaped text: the only tags are <mark> and </mark>
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    expect(body.hits.some((h) => h.snippet.includes('<mark>'))).toBe(true);
    for (const facet of ['speaker', 'party', 'house', 'kind', 'type', 'department', 'year']) expect(body.facets).toHaveProperty(facet);
    expect(body.facets.year['2007']).toBe(14);
  });

  test('repeated filters OR within a facet, different filters AND', async ({ request }) => {
    const get = async (qs: string) => ((await (await request.get(`/api/search?${qs}`)).json()) as ApiResult).total;
    const coaker = await get('speaker=Vernon+Coaker');
    const starkey = await get('speaker=Phyllis+Starkey');
    expect(await get('speaker=Vernon+Coaker&speaker=Phyllis+Starkey')).toBe(coaker + starkey);
    expect(await get('speaker=Vernon+Coaker&house=Lords')).toBe(0);
    expect(await get('from=2021-01-01&to=2021-12-31')).toBe(2);
  });

  test('pages do not overlap and sort by date', async ({ request }) => {
    const page1 = (await (await request.get('/api/search?q=trafficking&sort=oldest&perPage=10')).json()) as ApiResult;
    const page2 = (await (await request.get('/api/search?q=trafficking&sort=oldest&perPage=10&page=2')).json()) as ApiResult;
    const ids1 = page1.hits.map((h) => h.id);
    expect(page2.hits.filter((h) => ids1.includes(h.id))).toEqual([]);
    // undated contributions (a committee release) have no place in date order; the dated ones must be in order
    const dates = [...page1.hits, ...page2.hits].map((h) => h.date).filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
  });

  for (const [qs, param] of [
    ['from=2007-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['sort=best', 'sort'],
    ['page=0', 'page'],
    ['perPage=500', 'perPage'],
    ['house=Senate', 'house'],
    ['kind=tweet', 'kind'],
    ['year=07', 'year'],
    ['group=speaker', 'group'],
    ['q=date:20079999', 'q'],
    ['q=a&q=b', 'q'],
    ['from=2008-01-01&to=2007-01-01', 'from'],
  ]) {
    test(`400 naming the parameter: ${qs}`, async ({ request }) => {
      const res = await request.get(`/api/search?${qs}`);
      expect(res.status()).toBe(400);
      const body = (await res.json()) as { error: string; param: string };
      expect(body.param).toBe(param);
      expect(body.error).toContain(param);
    });
  }

  test('an injection attempt in a filter value finds nothing and is not an error', async ({ request }) => {
    const res = await request.get(`/api/search?${new URLSearchParams({ party: 'Labour" OR party EXISTS OR "' })}`);
    expect(res.status()).toBe(200);
    expect(((await res.json()) as ApiResult).total).toBe(0);
  });
});
