/**
 * A bounded, self-stopping load test over loopback: `clients` loops, each fetching the next URL
 * of a fixed rotation until `seconds` have passed, on one kept-alive connection per client, asking
 * for gzip as browsers do. Time to first byte is measured when the response headers arrive, total
 * time when the body has been read. Any status ≥ 400 or network error counts as an error.
 *
 * Plain node:http rather than fetch: the load generator shares the machine's 2 cores with the
 * server it measures, and fetch (undici, decompressing every body) spent ~3 ms of CPU per request
 * there, CPU the server did not get. Bodies are counted, not decompressed.
 */
import http from 'node:http';
import { summarize, type Summary } from './stats';

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  ttfbMs: Summary;
  totalMs: Summary;
  /** Answers by their X-Page-Cache header (scripts/serve.ts): hit, miss, or none (not cacheable). */
  pageCache: { hit: number; miss: number; none: number };
  /** Time to first byte per URL path and query, so slow pages of a mix can be told apart. */
  ttfbByUrl: Record<string, Summary>;
  firstError: string | null;
}

interface Answer {
  status: number;
  pageCache: string | undefined;
  /** performance.now() when the headers and when the last byte arrived. */
  headersAt: number;
  endAt: number;
}

function get(agent: http.Agent, url: string, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { 'accept-encoding': 'gzip', accept: 'text/html,*/*' } }, (res) => {
      const headersAt = performance.now();
      res.on('data', () => {});
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, pageCache: res.headers['x-page-cache'] as string | undefined, headersAt, endAt: performance.now() }),
      );
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
    req.on('error', reject);
  });
}

export async function runLoad(urls: string[], opts: { clients: number; seconds: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients });
  const ttfb: number[] = [];
  const total: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const pageCache = { hit: 0, miss: 0, none: 0 };
  const byUrl = new Map<string, number[]>();
  const started = performance.now();
  const endAt = started + opts.seconds * 1000;
  const client = async () => {
    while (performance.now() < endAt) {
      const url = urls[next++ % urls.length];
      const t0 = performance.now();
      try {
        const res = await get(agent, url, 30_000);
        if (res.status >= 400) {
          errors++;
          firstError ??= `${res.status} for ${url}`;
          continue;
        }
        const t1 = res.headersAt;
        ttfb.push(t1 - t0);
        total.push(res.endAt - t0);
        const cache = res.pageCache;
        pageCache[cache === 'hit' ? 'hit' : cache === 'miss' ? 'miss' : 'none']++;
        const key = url.replace(/^https?:\/\/[^/]+/, '');
        if (!byUrl.has(key)) byUrl.set(key, []);
        byUrl.get(key)!.push(t1 - t0);
      } catch (e) {
        errors++;
        firstError ??= `${e instanceof Error ? e.message : String(e)} for ${url}`;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  return {
    clients: opts.clients,
    seconds: Math.round(elapsed * 10) / 10,
    requests: ttfb.length + errors,
    errors,
    requestsPerSecond: Math.round(((ttfb.length + errors) / elapsed) * 10) / 10,
    ttfbMs: summarize(ttfb),
    totalMs: summarize(total),
    pageCache,
    ttfbByUrl: byUrl.size <= 20 ? Object.fromEntries([...byUrl].map(([k, v]) => [k, summarize(v)])) : {},
    firstError,
  };
}
