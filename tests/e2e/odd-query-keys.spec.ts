/**
 * Every page and route, asked with odd query keys (names every JavaScript object has, repeated,
 * empty or very long keys: tests/support/odd-queries.ts), ignores them or answers 400, never 500.
 * `/trends?toString=1` answered 500 before.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ODD_QUERIES } from '../support/odd-queries';

async function routes(request: APIRequestContext): Promise<string[]> {
  const body = (await (await request.get('/api/search?q=trafficking&perPage=1')).json()) as { hits: Array<{ id: string; record: { id: string } }> };
  const { id, record } = body.hits[0];
  return [
    '/',
    '/help',
    '/search',
    '/search?q=trafficking',
    '/search/values/speaker?q=trafficking',
    '/questions',
    '/questions/values/status',
    '/trends',
    '/trends?terms=trafficking',
    '/trends?terms=trafficking&format=csv',
    '/trends.csv?terms=trafficking',
    '/sittings',
    '/sittings/2007-11-26',
    '/speakers/vernon-coaker',
    `/d/${record.id}`,
    `/d/${record.id}/feed.atom`,
    `/c/${id}`,
    `/c/${id}/cite.json`,
    `/c/${id}/cite.bib`,
    `/documents/${record.id}`,
    '/go',
    '/go?ref=7814',
    '/alerts/sent',
    '/alerts/manage',
    '/alerts/confirm',
    '/alerts/unsubscribe',
    '/alerts/unsubscribed',
    '/api/search',
    '/api/search?q=trafficking',
    '/api/search.csv?q=trafficking',
    '/api/search.json?q=trafficking',
    '/search.atom?q=trafficking',
    `/api/contributions/${id}`,
    '/api/openapi.json',
    '/api/alerts/manage',
    '/api/alerts/unsubscribe',
  ];
}

test('odd query keys are ignored or refused with 400 on every route, never 500', async ({ request }) => {
  test.setTimeout(240_000);
  const answers: string[] = [];
  for (const route of await routes(request)) {
    for (const query of ODD_QUERIES) {
      const url = `${route}${route.includes('?') ? '&' : '?'}${query}`;
      const res = await request.get(url, { maxRedirects: 0 });
      if (res.status() >= 500) answers.push(`${res.status()} ${url.slice(0, 120)}`);
    }
  }
  expect(answers).toEqual([]);
});
