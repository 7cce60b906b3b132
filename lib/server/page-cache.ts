/**
 * A response cache for the search pages people land on most: a query with no filters, first page
 * (`/search?q=…`, with sort or view options allowed). A stored page is served only while the index
 * is the one it was rendered from (`version`: Meilisearch's last index update and the count of
 * documents waiting for it), so a hit is byte-for-byte what a fresh render would send. Filtered or
 * deeper pages (the long tail) are always rendered.
 *
 * Kept per server process, bounded by entries and bytes, least recently used first out.
 *
 * Every answer carries its own script nonce (proxy.ts): a stored page is replayed with a fresh one,
 * written over the old in both its Content-Security-Policy and its HTML, so no two answers share
 * a nonce, cached or not. Pages are therefore kept uncompressed and compressed again per answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deflateSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { createNonce, nonceOfPolicy } from '../http/security-headers';
import { FACET_NAMES } from '../search/fields';
import { parseSearchParams } from '../search/search-params';

export interface CachedPage {
  version: string;
  status: number;
  headers: Record<string, string | string[]>;
  /** Uncompressed; `headers['content-encoding']` says how it is sent. */
  body: Buffer;
}

export interface PageCacheOptions {
  /** The index state a page is rendered from; null when it cannot be told (then nothing is cached). */
  version: () => Promise<string | null>;
  maxEntries?: number;
  maxBytes?: number;
}

/** Headers of a Next.js client-side navigation or prefetch: those get the RSC payload, not the page. */
const RSC_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
/** Per-connection or per-moment headers, never replayed. */
const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'set-cookie']);
/** Validators of the body as first sent: a replay has another nonce, so another body. */
const NOT_REPLAYED = new Set(['etag', 'content-md5']);
/** The encodings Next.js compresses with, and how to undo and redo each. */
const CODECS: Record<string, { decode(b: Buffer): Buffer; encode(b: Buffer): Buffer }> = {
  gzip: { decode: gunzipSync, encode: (b) => gzipSync(b) },
  deflate: { decode: inflateSync, encode: (b) => deflateSync(b) },
};

/**
 * The cache key of a request, or null when its answer must be rendered. The key is the URL as sent
 * (the page echoes the query back) and the accepted encodings (the body is stored compressed or not).
 */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: IncomingMessage['headers']): string | null {
  if (method !== 'GET' || !url || headers.cookie || headers.authorization) return null;
  if (RSC_HEADERS.some((h) => headers[h] !== undefined)) return null;
  const parsedUrl = new URL(url, 'http://localhost');
  if (parsedUrl.pathname !== '/search' || parsedUrl.searchParams.has('_rsc')) return null;
  const parsed = parseSearchParams(parsedUrl.searchParams);
  if (!parsed.ok) return null;
  const request = parsed.value;
  if (request.page !== 1 || request.from || request.to || FACET_NAMES.some((f) => request.facets[f].length)) return null;
  return `${parsedUrl.pathname}${parsedUrl.search}\n${headers['accept-encoding'] ?? ''}`;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor(private readonly options: PageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The stored page for `key` if it was rendered from index state `version`. */
  get(key: string, version: string): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= entry.body.length;
      return null;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
    }
    this.entries.set(key, page);
    this.bytes += page.body.length;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
  }

  /**
   * Answers from the cache, or lets `render` answer and keeps a copy of a plain 200. Sets
   * `X-Page-Cache: hit | miss` on cacheable requests, so the behaviour can be seen and measured.
   */
  async handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<void> {
    const key = pageCacheKey(req.method, req.url, req.headers);
    const version = key ? await this.options.version().catch(() => null) : null;
    if (!key || version === null) {
      await render();
      return;
    }
    const cached = this.get(key, version);
    if (cached) {
      const answer = withFreshNonce(cached);
      res.writeHead(cached.status, { ...answer.headers, 'content-length': answer.body.length, 'x-page-cache': 'hit' });
      res.end(answer.body);
      return;
    }
    res.setHeader('x-page-cache', 'miss');
    const chunks = captureBody(res);
    res.once('finish', () => {
      const sent = chunks.done();
      if (res.statusCode !== 200 || sent === null || res.getHeader('set-cookie') !== undefined) return;
      const headers: CachedPage['headers'] = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || NOT_STORED.has(name) || NOT_REPLAYED.has(name) || name === 'x-page-cache') continue;
        headers[name] = Array.isArray(value) ? value : String(value);
      }
      const body = decodeBody(sent, headers['content-encoding']);
      if (body) this.set(key, { version, status: 200, headers, body });
    });
    await render();
  }
}

/** The body uncompressed, or null when it is sent in an encoding this cache cannot redo. */
function decodeBody(body: Buffer, encoding: string | string[] | undefined): Buffer | null {
  if (encoding === undefined || encoding === 'identity') return body;
  const codec = typeof encoding === 'string' ? CODECS[encoding] : undefined;
  try {
    return codec ? codec.decode(body) : null;
  } catch {
    return null;
  }
}

/**
 * A stored page as it is sent again: a fresh nonce in place of the one it was rendered with, in
 * its policy and everywhere in its HTML (Next.js's script tags and its payload), then compressed as
 * it was. A page without a nonce in its policy is sent as stored.
 */
export function withFreshNonce(page: CachedPage, nonce: string = createNonce()): { headers: CachedPage['headers']; body: Buffer } {
  const policy = page.headers['content-security-policy'];
  const old = typeof policy === 'string' ? nonceOfPolicy(policy) : null;
  let { headers, body } = page;
  if (old && typeof policy === 'string') {
    headers = { ...headers, 'content-security-policy': policy.replaceAll(old, nonce) };
    // latin1 maps bytes to characters one to one, so everything but the (ASCII) nonce is kept as is.
    body = Buffer.from(body.toString('latin1').replaceAll(old, nonce), 'latin1');
  }
  const encoding = headers['content-encoding'];
  const codec = typeof encoding === 'string' ? CODECS[encoding] : undefined;
  return { headers, body: codec ? codec.encode(body) : body };
}

/** Copies what is written to `res` (after any compression Next applies), without changing it. */
function captureBody(res: ServerResponse): { done(): Buffer | null } {
  const chunks: Buffer[] = [];
  let broken = false;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    else broken = true;
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  return { done: () => (broken ? null : Buffer.concat(chunks)) };
}
