/**
 * The 503 for "the database is not answering" (lib/db/errors.ts tells that apart from a bug):
 * JSON for API clients, a small self-contained page for browsers, and `withDatabase` for route
 * handlers. proxy.ts uses the same answers before routes that read Postgres.
 */
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/errors';

/** Seconds a client should wait before retrying (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/** 503 for JSON clients. */
export function databaseUnavailableJson(): Response {
  return Response.json(
    { error: DATABASE_UNAVAILABLE_MESSAGE },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  );
}

/** 503 for browsers: a small self-contained page (no scripts, styles inline-free), same words as error.tsx. */
export function databaseUnavailableHtml(): Response {
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Temporarily unavailable — Hansard search</title></head>
<body><main role="alert"><h1>Temporarily unavailable</h1><p>${DATABASE_UNAVAILABLE_MESSAGE}</p><p><a href="/">Back to search</a></p></main></body></html>
`;
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  });
}

/**
 * Wraps a route handler: database outages become a 503 (JSON, or HTML when `html`), everything
 * else is rethrown for Next to log and answer 500.
 */
export function withDatabase<A extends unknown[]>(handler: (...args: A) => Response | Promise<Response>, options: { html?: boolean } = {}) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (e) {
      if (isDatabaseUnavailable(e)) return options.html ? databaseUnavailableHtml() : databaseUnavailableJson();
      throw e;
    }
  };
}
