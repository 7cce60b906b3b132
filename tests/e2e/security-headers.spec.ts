/**
 * The public surface: security headers on pages and API answers alike, and the Meilisearch master
 * key nowhere a browser can reach — no page, no API answer, no static JS chunk.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ROOT, TEST_DIST_DIR } from '../support/test-services';
import { e2eServices } from './security-support';

const key = e2eServices().meiliKey;

async function someIds(request: APIRequestContext) {
  const body = (await (await request.get('/api/search?q=trafficking&perPage=5')).json()) as {
    hits: Array<{ id: string; record: { id: string }; speaker: { name: string | null } }>;
  };
  return { contribution: body.hits[0].id, record: body.hits[0].record.id };
}

function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, url).toContain("default-src 'self'");
  expect(csp, url).toContain("frame-ancestors 'none'");
  expect(csp, url).toContain("object-src 'none'");
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], url).toBe('DENY');
  expect(headers['x-powered-by'], url).toBeUndefined();
}

test('security headers on pages, API answers, errors and static files', async ({ request }) => {
  const ids = await someIds(request);
  const urls: Array<[string, number]> = [
    ['/', 200],
    ['/search?q=trafficking', 200],
    [`/d/${ids.record}`, 200],
    [`/c/${ids.contribution}`, 200],
    ['/c/aaaaaaaaaaaa', 404],
    ['/no-such-page', 404],
    ['/api/search?q=trafficking', 200],
    ['/api/search?page=0', 400],
    [`/api/contributions/${ids.contribution}`, 200],
    ['/api/contributions/aaaaaaaaaaaa', 404],
    ['/api/search.csv?q=trafficking', 200],
    ['/api/openapi.json', 200],
    ['/search.atom?q=trafficking', 200],
  ];
  const home = await (await request.get('/')).text();
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(home)?.[0];
  expect(chunk).toBeTruthy();
  urls.push([chunk!, 200]);
  for (const [url, status] of urls) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(status);
    expectSecurityHeaders(res.headers(), url);
  }
});

test('the Meilisearch master key is in no page, API answer or static chunk', async ({ request, page }) => {
  expect(key.length).toBeGreaterThanOrEqual(16);
  const ids = await someIds(request);
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.url().includes('/_next/static/')) scripts.add(new URL(r.url()).pathname);
  });
  const bodies: Array<[string, string]> = [];
  for (const url of ['/', '/search?q=trafficking', `/d/${ids.record}`, `/c/${ids.contribution}`, '/help']) {
    const res = await page.goto(url);
    bodies.push([url, (await res?.text()) ?? '']);
  }
  for (const url of [
    '/api/search?q=trafficking',
    '/api/search?speaker=x',
    `/api/contributions/${ids.contribution}`,
    '/api/openapi.json',
    '/api/search.csv?q=trafficking',
    '/api/search.json?q=trafficking',
    '/search.atom?q=trafficking',
    '/api/search?page=0',
  ]) {
    const res = await request.get(url);
    bodies.push([url, (await res.text()) + JSON.stringify(res.headers())]);
  }
  // Every static file the build emitted, not only those these pages happened to load.
  const staticDir = path.join(ROOT, TEST_DIST_DIR, 'static');
  for (const f of readdirSync(staticDir, { recursive: true, encoding: 'utf8' }))
    if (/\.(js|css|json)$/.test(f)) scripts.add(`/_next/static/${f.split(path.sep).join('/')}`);
  expect(scripts.size).toBeGreaterThan(3);
  for (const s of scripts) {
    const res = await request.get(s);
    expect(res.status(), s).toBe(200);
    bodies.push([s, await res.text()]);
  }
  for (const [url, body] of bodies) {
    expect(body.includes(key), `${url} contains the master key`).toBe(false);
    expect(body, url).not.toMatch(/MEILI_MASTER_KEY|postgresql:\/\/[^"\s]*:[^"\s]*@/);
  }
});
