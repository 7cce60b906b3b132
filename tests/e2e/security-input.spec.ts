/**
 * /api/search over HTTP: every parameter is checked (400 naming it), values are bounded, and no
 * filter value — quotes, backslashes, operators — can change the shape of the Meilisearch filter.
 */
import { expect, test } from '@playwright/test';
import { MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_LENGTH, MAX_FACET_VALUE_LENGTH, MAX_VALUES_PER_FACET } from '../../lib/search/search-params';

const BAD: Array<[param: string, query: string]> = [
  ['q', `q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`],
  ['q', 'q=one&q=two'],
  ['speaker', `speaker=${'x'.repeat(MAX_FACET_VALUE_LENGTH + 1)}`],
  ['speaker', Array.from({ length: MAX_VALUES_PER_FACET + 1 }, (_, i) => `speaker=name${i}`).join('&')],
  ['party', `party=${'p'.repeat(MAX_FACET_VALUE_LENGTH + 1)}`],
  ['department', `department=${'d'.repeat(MAX_FACET_VALUE_LENGTH + 1)}`],
  ['house', 'house=Senate'],
  ['house', 'house=Commons%22%20OR%20house%20%3D%20%22Lords'],
  ['kind', 'kind=novel'],
  ['type', 'type=shout'],
  ['year', 'year=20x4'],
  ['from', 'from=2024-13-01'],
  ['from', 'from=2024-02-30'],
  ['to', 'to=yesterday'],
  ['from', 'from=2025-01-01&to=2024-01-01'],
  ['sort', 'sort=random'],
  ['page', 'page=0'],
  ['page', `page=${MAX_PAGE + 1}`],
  ['page', 'page=-1'],
  ['page', 'page=1e3'],
  ['page', 'page=abc'],
  ['perPage', 'perPage=0'],
  ['perPage', `perPage=${MAX_PER_PAGE + 1}`],
  ['perPage', 'perPage=99999999999'],
  ['group', 'group=speaker'],
];

test.describe('parameters are validated: 400 naming the parameter', () => {
  for (const [param, query] of BAD) {
    test(`${param}: ${query.slice(0, 60)}`, async ({ request }) => {
      for (const route of ['/api/search', '/api/search.csv']) {
        const res = await request.get(`${route}?${query}`);
        expect(res.status(), route).toBe(400);
        const body = (await res.json()) as { error: string; param: string };
        expect(body.param).toBe(param);
        expect(body.error).toContain(param);
        expect(body.error).not.toMatch(/ZodError|at \w+ \(|\bstack\b/);
      }
    });
  }

  test('the search page explains a bad parameter instead of failing', async ({ page }) => {
    const res = await page.goto('/search?q=x&perPage=500');
    expect(res?.status()).toBeLessThan(500);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('perPage');
  });
});

test.describe('filter values cannot change the filter', () => {
  const injections = [
    'x" OR house = "Lords',
    'x") OR (house = "Lords',
    'x\\" OR house = "Lords',
    'x\\\\" OR house = "Lords',
    "x' OR house = 'Lords",
    'x"] OR house IN ["Lords',
    '" OR 1=1 OR "',
    'x" NOT house = "Nobody',
  ];

  test('as speaker, party or department: 200 and no hits, never the Lords answer', async ({ request }) => {
    const lords = await request.get('/api/search?house=Lords');
    expect(((await lords.json()) as { total: number }).total).toBeGreaterThan(0);
    for (const facet of ['speaker', 'party', 'department']) {
      for (const value of injections) {
        const res = await request.get(`/api/search?${new URLSearchParams({ [facet]: value })}`);
        expect(res.status(), `${facet}=${value}`).toBe(200);
        const body = (await res.json()) as { total: number; hits: Array<{ record: { house: string | null } }> };
        expect(body.total, `${facet}=${value}`).toBe(0);
      }
    }
  });

  test('beside a real filter, an injected value only narrows', async ({ request }) => {
    const commons = (await (await request.get('/api/search?house=Commons')).json()) as { total: number };
    const res = await request.get(
      `/api/search?${new URLSearchParams([
        ['house', 'Commons'],
        ['party', 'Labour" OR house = "Lords'],
      ])}`,
    );
    const body = (await res.json()) as { total: number; hits: Array<{ record: { house: string | null } }> };
    expect(res.status()).toBe(200);
    expect(body.total).toBeLessThanOrEqual(commons.total);
    expect(body.hits.every((h) => h.record.house === 'Commons')).toBe(true);
  });

  test('query text with filter syntax is searched for, not obeyed', async ({ request }) => {
    for (const q of ['house = "Lords"', 'trafficking" OR house = "Lords', 'speaker:"x" OR house:Lords', '\\', '"', '(((', 'a'.repeat(MAX_QUERY_LENGTH)]) {
      const res = await request.get(`/api/search?${new URLSearchParams({ q })}`);
      expect(res.status(), q.slice(0, 40)).toBe(200);
    }
  });
});
