/**
 * The 503 for "too many requests at once" (lib/server/admission.ts), written straight onto Node's
 * response by the production server before Next.js sees the request: JSON for /api and the
 * exports, a small self-contained page for browsers. Same Retry-After as the database's 503.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RETRY_AFTER_SECONDS } from './database-unavailable';

export const OVERLOADED_MESSAGE = 'The site is busier than it can answer just now. Please try again in a few seconds.';

/** Answers routes that return JSON or files with JSON, everything else with HTML. */
function wantsJson(url: string | undefined): boolean {
  return /^\/api\/|^\/trends\.csv|^\/search\.atom/.test(url ?? '');
}

export function writeOverloaded(req: IncomingMessage, res: ServerResponse): void {
  const json = wantsJson(req.url);
  const body = json
    ? JSON.stringify({ error: OVERLOADED_MESSAGE })
    : `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Busy — Hansard search</title></head>
<body><main role="alert"><h1>Busy just now</h1><p>${OVERLOADED_MESSAGE}</p><p><a href="/">Back to search</a></p></main></body></html>
`;
  res.writeHead(503, {
    'content-type': json ? 'application/json' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(RETRY_AFTER_SECONDS),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Makes a 5xx that `res` is about to send a 503 with Retry-After when `overloaded()` says the
 * database was out of connections or time for this request (lib/db/trouble-watch.ts); a 500 for
 * any other reason stays a 500 (a bug to see in the logs).
 */
export function answerOverloadAs503(res: ServerResponse, overloaded: () => boolean): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status >= 500 && status !== 503 && overloaded()) {
      status = 503;
      this.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      this.setHeader('cache-control', 'no-store');
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse['writeHead'];
}
