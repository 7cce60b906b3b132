/**
 * The search-page cache of the real server (scripts/serve.ts, several worker processes): a plain
 * first page comes back from it identical to the render but for its script nonce, which is fresh
 * in every answer (policy and HTML alike), with the security headers; filtered pages are always
 * rendered. Each worker keeps its own cache, so a page is asked for a few times.
 */
import { expect, test } from '@playwright/test';
import { nonceOfPolicy } from '../../lib/http/security-headers';

test('a facet-free first page is served from the cache, byte for byte as rendered but for a fresh nonce', async ({ request }) => {
  const answers = [];
  for (let i = 0; i < 6; i++) {
    const res = await request.get('/search?q=trafficking');
    expect(res.status()).toBe(200);
    const csp = res.headers()['content-security-policy'];
    const nonce = nonceOfPolicy(csp ?? '');
    expect(nonce).toBeTruthy();
    const html = await res.text();
    expect(html).toContain(`nonce="${nonce}"`);
    answers.push({ cache: res.headers()['x-page-cache'], nonce: nonce!, body: html.replaceAll(nonce!, 'NONCE'), csp });
  }
  expect(answers.map((a) => a.cache)).toContain('hit');
  expect(answers.map((a) => a.cache)).toContain('miss');
  expect(new Set(answers.map((a) => a.nonce)).size).toBe(answers.length);
  for (const a of answers) {
    expect(a.body).toBe(answers[0].body);
    expect(a.csp).toContain("default-src 'self'");
  }
  // And it is the search's answer, not some stale or empty page.
  const { total } = (await (await request.get('/api/search?q=trafficking')).json()) as { total: number };
  expect(total).toBeGreaterThan(0);
  expect(answers[0].body).toContain(`data-total="${total}"`);
});

test('filtered pages and later pages are rendered every time', async ({ request }) => {
  for (const url of ['/search?q=trafficking&speaker=Vernon+Coaker', '/search?q=trafficking&from=2009-01-01', '/search?q=trafficking&page=2']) {
    for (let i = 0; i < 3; i++) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['x-page-cache'], url).toBeUndefined();
    }
  }
});
