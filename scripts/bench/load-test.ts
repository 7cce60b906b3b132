/**
 * A bounded, self-stopping load test over loopback: `clients` loops, each fetching the next URL
 * of a fixed rotation until `seconds` have passed. Time to first byte is measured when the response
 * headers arrive (fetch resolves), total time when the body has been read. Any non-2xx status or
 * network error counts as an error.
 */
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

export async function runLoad(urls: string[], opts: { clients: number; seconds: number }): Promise<LoadResult> {
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
        const res = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'manual' });
        const t1 = performance.now();
        await res.arrayBuffer();
        const t2 = performance.now();
        if (res.status >= 400) {
          errors++;
          firstError ??= `${res.status} for ${url}`;
          continue;
        }
        ttfb.push(t1 - t0);
        total.push(t2 - t0);
        const cache = res.headers.get('x-page-cache');
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
