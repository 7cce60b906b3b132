/**
 * The public surface: security headers on pages and API answers alike; a script nonce per answer
 * that Next.js's scripts carry, with no CSP violation on any page in Chromium; and the Meilisearch
 * master key nowhere a browser can reach — no page, no API answer, no static JS chunk — nor in the
 * web server's environment (it has the search-only key).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { nonceOfPolicy, strictTransportSecurity } from '../../lib/http/security-headers';
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
  expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], url).toBe('same-origin');
  // The e2e SITE_URL is https (real mail needs one): every answer carries HSTS, as serve.ts sends it
  // for an https site (the unit tests check that an http SITE_URL gets none).
  expect(process.env.E2E_SITE_URL, 'global-setup sets an https SITE_URL').toMatch(/^https:/);
  expect(headers['strict-transport-security'], url).toBe(strictTransportSecurity(process.env.E2E_SITE_URL ?? ''));
  const scriptSrc = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src'));
  expect(scriptSrc, url).toBeTruthy();
  expect(scriptSrc, url).not.toContain("'unsafe-inline'");
  expect(scriptSrc, url).not.toContain("'unsafe-eval'");
  // Every page and route gets a nonce (proxy.ts); the build's static files the policy without one.
  if (!url.startsWith('/_next/')) expect(scriptSrc, url).toMatch(/^script-src 'nonce-[A-Za-z0-9_-]{22}' 'strict-dynamic'$/);
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

/** The pages the end-to-end suite visits, one of each kind. */
async function pagesToCheck(request: APIRequestContext): Promise<string[]> {
  const ids = await someIds(request);
  return [
    '/',
    '/help',
    '/search',
    '/search?q=trafficking',
    '/search?q=trafficking&speaker=Vernon+Coaker&timeline=party',
    '/search?q=x&from=yesterday',
    '/search/values/speaker?q=trafficking',
    '/questions',
    '/questions/values/status',
    `/d/${ids.record}`,
    `/c/${ids.contribution}`,
    '/speakers/vernon-coaker',
    '/speakers/vernon-coaker?as=printed',
    '/sittings?year=2007',
    '/sittings/2007-11-26',
    '/trends',
    '/trends?terms=trafficking,slavery&split=party',
    '/go?ref=9999999',
    '/alerts/sent',
    '/alerts/manage',
    '/alerts/confirm?token=not-a-token',
    '/alerts/unsubscribe?token=not-a-token',
    '/alerts/unsubscribed',
    '/no-such-page',
    '/d/aaaaaaaaaaaa',
  ];
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

test("no CSP violation on any page, and Next.js's scripts run (they carry the nonce)", async ({ page, request }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  for (const url of await pagesToCheck(request)) {
    const res = await page.goto(url);
    expect(res, url).not.toBeNull();
    await page.waitForLoadState('networkidle');
    // The App Router's client sets window.next once its scripts have run: blocked scripts never do.
    // The pages proxy.ts answers itself (404 and outage pages) have no scripts to run.
    const scripted = await page.locator('script[src*="/_next/static/"]').count();
    if (scripted > 0) expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), url).toBe('string');
    expect(violations, url).toEqual([]);
  }
  // The watch does see a violation: an inline handler, which the policy refuses.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'document.title = "ran"');
    img.src = '/no-such-image.png';
    document.body.append(img);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('ran');
});

test('each answer has its own nonce, and every script of the page carries it', async ({ request }) => {
  for (const url of ['/', '/search?q=trafficking', '/help', '/trends']) {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await request.get(url);
      const nonce = nonceOfPolicy(res.headers()['content-security-policy'] ?? '');
      expect(nonce, url).toBeTruthy();
      seen.add(nonce!);
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, url).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
    }
    // Cached or rendered (the search page is served from the page cache after its first answer).
    expect(seen.size, url).toBe(4);
  }
});

test('the web server processes have the search-only key, and the master key nowhere in their environment', async () => {
  const pid = Number(process.env.E2E_SERVER_PID);
  expect(pid, 'global-setup exports the server pid').toBeGreaterThan(0);
  const processes = [pid, ...childrenOf(pid)];
  expect(processes.length, 'the server and its workers').toBeGreaterThan(1);
  for (const p of processes) {
    const environ = readFileSync(`/proc/${p}/environ`, 'utf8').split('\0');
    expect(
      environ.some((v) => v.includes(key)),
      `process ${p} has the master key`,
    ).toBe(false);
    expect(
      environ.some((v) => v.startsWith('MEILI_MASTER_KEY=')),
      `process ${p}`,
    ).toBe(false);
    expect(environ.find((v) => v.startsWith('MEILI_SEARCH_KEY='))?.length ?? 0, `process ${p}`).toBeGreaterThan('MEILI_SEARCH_KEY='.length + 16);
  }
});

/** The pids below `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  const direct = readdirSync(`/proc/${pid}/task`).flatMap((t) =>
    readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
  return direct.flatMap((c) => [c, ...childrenOf(c)]);
}
