/**
 * What an old permalink answers after its document was corrected (docs/decisions/004): a moved
 * contribution 301s to its new id, a removed one is 410 with a link to its record, an unknown id
 * 404 (lib/http/not-found-page.ts). The status comes from lib/db/proxy/permalinks.ts; every route that takes a contribution id
 * answers through here — proxy.ts for /c/{id} (a page cannot send 301 or 410), the JSON API and
 * the citation downloads.
 */
import type { PermalinkStatus, RetiredPermalinkStatus } from '../db/proxy';
import { notFoundJson } from './client-errors';
import { CONTRIBUTION_NOT_FOUND, type NotFoundPage, notFoundPage, plainPageResponse } from './not-found-page';

/** The page's own fallback for a contribution that moved while it rendered (the proxy sends 301 otherwise). */
export const MOVED_HEADING = 'This contribution has moved';
/** The words for a removed contribution, on the 410 page and the page's own fallback alike. */
export const REMOVED_HEADING = 'This contribution was removed';
export const REMOVED_EXPLANATION = 'A corrected version of its record no longer contains it.';
const REMOVED_JSON_ERROR = 'this contribution was removed when its record was corrected';

/** 301, resolved against the request's URL (Next's permanentRedirect would be a 308). */
export function movedPermanently(path: string, base: string | URL): Response {
  return Response.redirect(new URL(path, base), 301);
}

/**
 * proxy.ts for GET /c/{id}: 301 to the new id (keeping the query), the 410 page, the 404 page for
 * an unknown id (lib/http/not-found-page.ts), or null to let the page render a live contribution.
 */
export function answerPermalinkPage(found: PermalinkStatus, url: URL): Response | null {
  if (found.status === 'moved') return movedPermanently(`/c/${found.to}${url.search}`, url);
  if (found.status === 'gone') {
    return plainPageResponse(gonePage(found.recordExists ? `/d/${found.recordId}` : null), 410);
  }
  return found.status === 'missing' ? notFoundPage(CONTRIBUTION_NOT_FOUND) : null;
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

/** The 410 page: what became of the contribution and, when its record is still held, a link to it. */
export function gonePage(recordUrl: string | null): NotFoundPage {
  return {
    title: 'Contribution removed',
    heading: REMOVED_HEADING,
    explanation: REMOVED_EXPLANATION,
    links: recordUrl ? [[recordUrl, 'Read the record it was part of']] : [],
  };
}
