/**
 * A polite client of Parliament's Written Questions API (QUESTIONS_API_URL): one request at a
 * time at most every `minIntervalMs`, retries with exponential backoff on 429, 5xx, timeouts and
 * dropped connections (a Retry-After header is honoured), and one clear error otherwise. Answers
 * come back as checked envelopes with unchecked items: sync.ts checks each item on its own, so
 * one bad question costs only itself.
 */
import type { z } from 'zod';
import { apiItemSchema, apiListSchema, describeSchemaError, SESSION_STATUS_ANY } from './api-schema';

export interface QuestionsApiOptions {
  baseUrl: string;
  /** Least time between two requests (default 250 ms: at most four a second). */
  minIntervalMs?: number;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** First backoff; doubles each retry (default 1 s). */
  backoffMs?: number;
  /** Longest wait a Retry-After may ask for before we give up instead (default 120 s). */
  maxRetryAfterMs?: number;
  onRetry?: (event: { url: string; attempt: number; waitMs: number; reason: string }) => void;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The API could not be read. `malformed`: it answered, but not with what its description says (not
 * JSON, or the wrong shape); `refused`: an HTTP error that retrying does not cure; `unreachable`:
 * retries ran out (429, 5xx, timeouts, connections).
 */
export class QuestionsApiError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly kind: 'malformed' | 'refused' | 'unreachable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'QuestionsApiError';
  }
}

export type ListParams = Record<string, string | number | boolean | undefined>;
/** A list page; `values` is null when the API answered `results: null` (its description allows it). */
export type ListPage = { totalResults: number; values: unknown[] | null };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date → milliseconds to wait; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export function createQuestionsApiClient(options: QuestionsApiOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const minInterval = options.minIntervalMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 5;
  const backoff = options.backoffMs ?? 1000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const sleep = options.sleep ?? defaultSleep;
  let nextAllowed = 0;

  async function politely<T>(work: () => Promise<T>): Promise<T> {
    const wait = nextAllowed - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      return await work();
    } finally {
      nextAllowed = Date.now() + minInterval;
    }
  }

  async function getJson(pathname: string, params: ListParams = {}): Promise<unknown> {
    const url = new URL(base + pathname);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
    const href = url.toString();
    for (let attempt = 0; ; attempt++) {
      let retryReason: string;
      let retryAfter: number | null = null;
      try {
        const response = await politely(() => fetch(href, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) }));
        if (response.ok) {
          const body = await response.text();
          try {
            return JSON.parse(body);
          } catch (cause) {
            throw new QuestionsApiError(
              `${href}: the answer is not JSON (${body.length} bytes starting ${JSON.stringify(body.slice(0, 40))})`,
              href,
              'malformed',
              { cause },
            );
          }
        }
        await response.body?.cancel();
        if (!isRetryableStatus(response.status)) throw new QuestionsApiError(`${href}: HTTP ${response.status}`, href, 'refused');
        retryReason = `HTTP ${response.status}`;
        retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== null && retryAfter > maxRetryAfter) {
          throw new QuestionsApiError(
            `${href}: HTTP ${response.status}, asked to wait ${Math.round(retryAfter / 1000)} s (more than ${maxRetryAfter / 1000} s)`,
            href,
            'unreachable',
          );
        }
      } catch (e) {
        if (e instanceof QuestionsApiError) throw e;
        // A timeout (AbortSignal) or a dropped connection: fetch's TypeError / DOMException.
        retryReason =
          e instanceof Error && e.name === 'TimeoutError'
            ? `no answer in ${timeoutMs / 1000} s`
            : `connection failed (${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e)})`;
        if (attempt >= retries) throw new QuestionsApiError(`${href}: ${retryReason}, after ${attempt + 1} attempts`, href, 'unreachable', { cause: e });
      }
      if (attempt >= retries) throw new QuestionsApiError(`${href}: ${retryReason}, after ${attempt + 1} attempts`, href, 'unreachable');
      const waitMs = retryAfter ?? backoff * 2 ** attempt;
      options.onRetry?.({ url: href, attempt: attempt + 1, waitMs, reason: retryReason });
      await sleep(waitMs);
    }
  }

  function checked<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
    const result = schema.safeParse(json);
    if (!result.success) throw new QuestionsApiError(`${what}: unexpected answer (${describeSchemaError(result.error)})`, base + what, 'malformed');
    return result.data;
  }

  // sessionStatus has no documented default: without `Any` an earlier session's items may not come back.
  async function list(pathname: string, params: ListParams): Promise<ListPage> {
    const page = checked(apiListSchema, await getJson(pathname, { ...params, sessionStatus: SESSION_STATUS_ANY }), pathname);
    return { totalResults: page.totalResults, values: page.results?.map((r) => r.value) ?? null };
  }

  async function item(pathname: string): Promise<unknown> {
    return checked(apiItemSchema, await getJson(pathname, { expandMember: true, sessionStatus: SESSION_STATUS_ANY }), pathname).value;
  }

  return {
    baseUrl: base,
    listQuestions: (params: ListParams) => list('/api/writtenquestions/questions', params),
    getQuestion: (id: number) => item(`/api/writtenquestions/questions/${id}`),
    listStatements: (params: ListParams) => list('/api/writtenstatements/statements', params),
    getStatement: (id: number) => item(`/api/writtenstatements/statements/${id}`),
  };
}

export type QuestionsApiClient = ReturnType<typeof createQuestionsApiClient>;
