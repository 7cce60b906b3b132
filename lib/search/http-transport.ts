/**
 * A node:http transport for the app server's searches (meilisearch-js `httpClient`), on
 * kept-alive connections. The default transport is the global fetch, which in the app server is
 * Next.js's patched fetch over undici: rendering a /search page (two multi-search requests) took
 * 19.2 ms of app CPU through it and 17.0 ms through this (docs/decisions/007-facet-counts-at-scale.md).
 *
 * Failures are thrown as they come (meilisearch-js wraps them in a MeiliSearchRequestError);
 * an error status is an Error naming the status and Meilisearch's message. Only searches use this:
 * the write path (lib/search/index-admin.ts) keeps fetch, whose API errors it inspects.
 */
import http from 'node:http';

export type HttpTransport = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

export class SearchHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const message = (body as { message?: unknown } | undefined)?.message;
    super(`Meilisearch answered ${status}${typeof message === 'string' ? `: ${message}` : ''}`);
    this.name = 'SearchHttpError';
  }
}

export function createHttpTransport(maxSockets = 32): HttpTransport {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = input instanceof Request ? input.url : String(input);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => (headers[name] = value));
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = http.request(url, { method: init.method ?? 'GET', headers, agent, signal: init.signal ?? undefined }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (e) {
            reject(new Error(`Meilisearch answered ${res.statusCode} with a body that is not JSON`, { cause: e }));
            return;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else reject(new SearchHttpError(status, parsed));
        });
      });
      req.on('error', reject);
      req.end(body);
    });
}
