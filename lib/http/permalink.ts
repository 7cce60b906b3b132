/**
 * What an old permalink answers after its document was corrected (docs/decisions/004): a moved
 * contribution 301s to its new id, a removed one is 410 with a link to its record, an unknown id
 * 404. The status comes from lib/db/permalinks.ts; every route that takes a contribution id
 * answers through here — proxy.ts for /c/{id} (a page cannot send 301 or 410), the JSON API and
 * the citation downloads.
 */
import type { PermalinkStatus, RetiredPermalinkStatus } from '../db/permalinks';
import { escapeHtml } from '../search/snippet';
import { notFoundJson } from './client-errors';

/** The words for a removed contribution, on the 410 page and the page's own fallback alike. */
export const REMOVED_HEADING = 'This contribution was removed';
export const REMOVED_EXPLANATION = 'A corrected version of its record no longer contains it.';
const REMOVED_JSON_ERROR = 'this contribution was removed when its record was corrected';

/** 301, resolved against the request's URL (Next's permanentRedirect would be a 308). */
export function movedPermanently(path: string, base: string | URL): Response {
  return Response.redirect(new URL(path, base), 301);
}

/**
 * proxy.ts for GET /c/{id}: 301 to the new id (keeping the query), the 410 page, or null to let
 * the page render a live contribution or answer 404 for an unknown id.
 */
export function answerPermalinkPage(found: PermalinkStatus, url: URL): Response | null {
  if (found.status === 'moved') return movedPermanently(`/c/${found.to}${url.search}`, url);
  if (found.status === 'gone') {
    return new Response(renderGonePage(found.recordExists ? `/d/${found.recordId}` : null), {
      status: 410,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return null;
}

/**
 * JSON and download routes, for an id that is not a live contribution: 301 to `movedTo(newId)`,
 * 410 naming the record it was part of, or 404.
 */
export function answerRetiredContribution(found: RetiredPermalinkStatus, req: Request, movedTo: (id: string) => string): Response {
  if (found.status === 'moved') return movedPermanently(movedTo(found.to), req.url);
  if (found.status === 'gone') return Response.json({ error: REMOVED_JSON_ERROR, record: `/d/${found.recordId}` }, { status: 410 });
  return notFoundJson('no contribution with this id');
}

/** The 410 page: a plain, self-contained document (the proxy answers before the app renders). */
export function renderGonePage(recordUrl: string | null): string {
  const link = recordUrl ? `<p><a href="${escapeHtml(recordUrl)}">Read the record it was part of</a></p>` : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Contribution removed · Hansard Search</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#1e40af}</style></head>
<body><main><h1>${REMOVED_HEADING}</h1>
<p>${REMOVED_EXPLANATION}</p>
${link}<p><a href="/search">Search the record</a></p></main></body></html>
`;
}
