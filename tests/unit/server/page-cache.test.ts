import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, nonceOfPolicy } from '@/lib/http/security-headers';
import { PageCache, pageCacheKey, withFreshNonce } from '@/lib/server/page-cache';

describe('pageCacheKey', () => {
  const key = (url: string, headers: http.IncomingHttpHeaders = {}, method = 'GET') => pageCacheKey(method, url, headers);

  it('keys facet-free first pages of /search by the URL as sent and the accepted encodings', () => {
    expect(key('/search?q=energy')).toBe('/search?q=energy\n');
    expect(key('/search?q=energy', { 'accept-encoding': 'gzip' })).toBe('/search?q=energy\ngzip');
    expect(key('/search')).toBe('/search\n');
    // View options do not make a page long-tail.
    expect(key('/search?q=police&sort=newest')).not.toBeNull();
    expect(key('/search?q=police&group=record')).not.toBeNull();
    expect(key('/search?q=energy&page=1')).not.toBeNull();
  });

  it('renders filtered, dated and deeper pages every time', () => {
    expect(key('/search?q=energy&party=Labour')).toBeNull();
    expect(key('/search?q=crime&speaker=Vernon+Coaker')).toBeNull();
    expect(key('/search?q=housing&from=2007-01-01')).toBeNull();
    expect(key('/search?q=housing&to=2007-12-31')).toBeNull();
    expect(key('/search?q=energy&page=2')).toBeNull();
  });

  it('leaves alone what is not a plain page view', () => {
    expect(key('/search?q=energy', {}, 'HEAD')).toBeNull();
    expect(key('/search?q=energy', {}, 'POST')).toBeNull();
    expect(key('/search?q=energy', { rsc: '1' })).toBeNull();
    expect(key('/search?q=energy', { 'next-router-prefetch': '1' })).toBeNull();
    expect(key('/search?q=energy&_rsc=abc')).toBeNull();
    expect(key('/search?q=energy', { cookie: 'a=b' })).toBeNull();
    expect(key('/search?page=abc')).toBeNull(); // an error page
    expect(key('/api/search?q=energy')).toBeNull();
    expect(key('/d/abc')).toBeNull();
  });
});

describe('PageCache store', () => {
  const page = (version: string, bytes: number) => ({ version, status: 200, headers: {}, body: Buffer.alloc(bytes, 97) });

  it('serves an entry only for the version it was rendered from, and drops it after', () => {
    const cache = new PageCache({ version: async () => 'v1' });
    cache.set('k', page('v1', 10));
    expect(cache.get('k', 'v1')?.body.length).toBe(10);
    expect(cache.get('k', 'v2')).toBeNull();
    expect(cache.get('k', 'v1')).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used first, by entries and by bytes', () => {
    const cache = new PageCache({ version: async () => 'v', maxEntries: 2, maxBytes: 1000 });
    cache.set('a', page('v', 10));
    cache.set('b', page('v', 10));
    cache.get('a', 'v'); // a is now the most recent
    cache.set('c', page('v', 10));
    expect(cache.get('b', 'v')).toBeNull();
    expect(cache.get('a', 'v')).not.toBeNull();
    expect(cache.get('c', 'v')).not.toBeNull();

    const small = new PageCache({ version: async () => 'v', maxEntries: 100, maxBytes: 1000 });
    small.set('a', page('v', 240));
    small.set('b', page('v', 240));
    small.set('c', page('v', 240));
    small.set('d', page('v', 240));
    small.set('e', page('v', 240)); // 1200 bytes: a goes
    expect(small.get('a', 'v')).toBeNull();
    expect(small.size).toBe(4);
    small.set('huge', page('v', 600)); // over a quarter of the budget: never kept
    expect(small.get('huge', 'v')).toBeNull();
  });
});

describe('PageCache in front of a server', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /**
   * A loopback server whose "render" counts calls and answers with the given status, in two chunks;
   * with `nonce`, as proxy.ts and Next.js do: a fresh nonce in the policy, on a script tag and in
   * the script's payload, and an ETag of the body.
   */
  async function serve(cache: PageCache, answer: { status: number; gzip?: boolean; nonce?: boolean } = { status: 200 }) {
    const calls = { renders: 0 };
    server = http.createServer(
      (req, res) =>
        void cache.handle(req, res, () => {
          calls.renders++;
          const nonce = createNonce();
          const scripts = answer.nonce ? `<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script>` : '';
          const text = `<html>render ${calls.renders} of ${req.url}${scripts}</html>`;
          res.statusCode = answer.status;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('vary', 'Accept-Encoding');
          if (answer.nonce) {
            res.setHeader('content-security-policy', contentSecurityPolicy({ nonce }));
            res.setHeader('etag', `"${calls.renders}-${nonce}"`);
          }
          if (answer.gzip) {
            res.setHeader('content-encoding', 'gzip');
            res.end(gzipSync(text));
          } else {
            res.write(text.slice(0, 10));
            res.end(text.slice(10));
          }
        }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    return { calls, get: (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }) };
  }

  it('answers a repeat from the cache with the same status, headers and body', async () => {
    const { calls, get } = await serve(new PageCache({ version: async () => 'v1' }));
    const first = await get('/search?q=energy');
    const firstBody = await first.text();
    const second = await get('/search?q=energy');
    expect(first.headers.get('x-page-cache')).toBe('miss');
    expect(second.headers.get('x-page-cache')).toBe('hit');
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('vary')).toBe('Accept-Encoding');
    expect(calls.renders).toBe(1);
  });

  it('renders again once the index has changed', async () => {
    let version = 'v1';
    const { calls, get } = await serve(new PageCache({ version: async () => version }));
    await (await get('/search?q=energy')).text();
    version = 'v2';
    const after = await get('/search?q=energy');
    expect(after.headers.get('x-page-cache')).toBe('miss');
    expect(await after.text()).toContain('render 2');
    expect(calls.renders).toBe(2);
  });

  it('keeps compressed bodies apart from plain ones', async () => {
    const { get } = await serve(new PageCache({ version: async () => 'v1' }), { status: 200, gzip: true });
    await (await get('/search?q=energy', { 'accept-encoding': 'gzip' })).text();
    const plain = await get('/search?q=energy', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('x-page-cache')).toBe('miss');
    const zipped = await get('/search?q=energy', { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('x-page-cache')).toBe('hit');
    expect(await zipped.text()).toContain('render 1'); // fetch decompresses it
  });

  it('never stores errors, filtered pages, or anything when the index state is unknown', async () => {
    const failing = await serve(new PageCache({ version: async () => 'v1' }), { status: 503 });
    await (await failing.get('/search?q=energy')).text();
    await (await failing.get('/search?q=energy')).text();
    expect(failing.calls.renders).toBe(2);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    const cache = new PageCache({ version: async () => 'v1' });
    const filtered = await serve(cache);
    const a = await filtered.get('/search?q=energy&party=Labour');
    await a.text();
    await (await filtered.get('/search?q=energy&party=Labour')).text();
    expect(a.headers.get('x-page-cache')).toBeNull();
    expect(filtered.calls.renders).toBe(2);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    const unknown = await serve(new PageCache({ version: async () => null }));
    await (await unknown.get('/search?q=energy')).text();
    await (await unknown.get('/search?q=energy')).text();
    expect(unknown.calls.renders).toBe(2);
  });

  /** The nonce of an answer's policy, checked to be the only one its body carries. */
  async function nonceOf(res: Response): Promise<{ nonce: string; body: string }> {
    const nonce = nonceOfPolicy(res.headers.get('content-security-policy') ?? '');
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const body = await res.text();
    expect(body.split(nonce!).length - 1).toBe(2); // the script tag and its payload
    return { nonce: nonce!, body };
  }

  it.each([
    ['plain', {}],
    ['gzip', { 'accept-encoding': 'gzip' }],
  ])('replays a %s page with a fresh nonce, the same in its policy and its HTML', async (_name, headers) => {
    const { calls, get } = await serve(new PageCache({ version: async () => 'v1' }), { status: 200, nonce: true, gzip: 'accept-encoding' in headers });
    const first = await get('/search?q=energy', headers);
    const rendered = await nonceOf(first);
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('/search?q=energy', headers);
      expect(res.headers.get('x-page-cache')).toBe('hit');
      expect(res.headers.get('etag')).toBeNull(); // the ETag was of the body as first sent
      answers.push(await nonceOf(res));
    }
    expect(calls.renders).toBe(1);
    const nonces = [rendered.nonce, ...answers.map((a) => a.nonce)];
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const a of answers) {
      expect(a.body).not.toContain(rendered.nonce);
      expect(a.body.replaceAll(a.nonce, rendered.nonce)).toBe(rendered.body);
    }
  });
});

describe('withFreshNonce', () => {
  it('sends a page whose policy has no nonce as it was stored', () => {
    const page = { version: 'v', status: 200, headers: { 'content-security-policy': contentSecurityPolicy() }, body: Buffer.from('<html>x</html>') };
    const answer = withFreshNonce(page, 'fresh');
    expect(answer.headers).toEqual(page.headers);
    expect(answer.body.toString()).toBe('<html>x</html>');
  });

  it('keeps every other byte of the page, whatever its characters', () => {
    const body = Buffer.from('<p>Ünïcödé — “quotes” 🙂 old-nonce</p>', 'utf8');
    const page = { version: 'v', status: 200, headers: { 'content-security-policy': contentSecurityPolicy({ nonce: 'old-nonce' }) }, body };
    const answer = withFreshNonce(page, 'new-nonce');
    expect(answer.body.toString('utf8')).toBe('<p>Ünïcödé — “quotes” 🙂 new-nonce</p>');
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy({ nonce: 'new-nonce' }));
  });
});
