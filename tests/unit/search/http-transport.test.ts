/**
 * The node:http transport of the app's searches, against a loopback server standing in for
 * Meilisearch (what a real one answers is covered by the integration and end-to-end searches).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { createHttpTransport, SearchHttpError } from '@/lib/search/http-transport';

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };
const seen: Seen[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url?.startsWith('/slow')) return void setTimeout(() => res.end('{}'), 2_000);
      if (req.url === '/not-json') return void res.end('<html>');
      if (req.url === '/empty') return void res.writeHead(204).end();
      if (req.url?.startsWith('/indexes/missing')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ message: 'Index `missing` not found.', code: 'index_not_found' }));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echo: JSON.parse(body || 'null'), hits: [], processingTimeMs: 1, query: 'x' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('createHttpTransport', () => {
  it('sends the method, headers and body it is given, with the body length, and parses the JSON answer', async () => {
    const transport = createHttpTransport();
    const answer = await transport(`${base}/multi-search`, {
      method: 'POST',
      headers: { Authorization: 'Bearer k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'café' }),
    });
    expect(answer).toMatchObject({ echo: { q: 'café' } });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/multi-search' });
    expect(last.headers.authorization).toBe('Bearer k');
    expect(last.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify({ q: 'café' }))));
  });

  it('reuses one kept-alive connection for requests in turn', async () => {
    const transport = createHttpTransport();
    const sockets = new Set<unknown>();
    const onConnection = (s: unknown) => sockets.add(s);
    server.on('connection', onConnection);
    for (let i = 0; i < 3; i++) await transport(`${base}/x`, { method: 'POST', body: '{}' });
    server.off('connection', onConnection);
    expect(sockets.size).toBe(1);
  });

  it('rejects an error status with Meilisearch’s message, a body that is not JSON, and an aborted request', async () => {
    const transport = createHttpTransport();
    const error = await transport(`${base}/indexes/missing/search`, { method: 'POST', body: '{}' }).catch((e) => e);
    expect(error).toBeInstanceOf(SearchHttpError);
    expect(error).toMatchObject({ status: 404, message: 'Meilisearch answered 404: Index `missing` not found.' });
    await expect(transport(`${base}/not-json`)).rejects.toThrow(/not JSON/);
    await expect(transport(`${base}/empty`)).resolves.toBeUndefined();
    await expect(transport(`${base}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
  });

  it('is what meilisearch-js sends its requests through, timeout included', async () => {
    const client = new Meilisearch({ host: base, apiKey: 'secret', httpClient: createHttpTransport(), timeout: 100 });
    const answer = await client.index('contributions').search('energy', { limit: 3 });
    expect(answer).toMatchObject({ echo: { q: 'energy', limit: 3 } });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/indexes/contributions/search' });
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer secret');
    const slow = new Meilisearch({ host: `${base}/slow`, httpClient: createHttpTransport(), timeout: 50 });
    await expect(slow.health()).rejects.toThrow();
  });
});
