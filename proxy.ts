/**
 * Two jobs before a route runs:
 *
 * - Postgres outages: routes that read the database answer 503 with a friendly page (or JSON for
 *   /api) while it is down, instead of a 500 — a page component cannot set its own status, so it is
 *   decided here (lib/db/proxy/availability.ts caches the probe). The routes recover by themselves.
 * - Permalinks that outlive corrections (lib/ids.ts, lib/db/store/store-document.ts): /c/{old id} answers
 *   301 to the contribution that replaced it, or 410 with a link to its record when it was removed.
 *   A page cannot send either status (permanentRedirect is 308, and there is no "gone"), hence here.
 *   Live ids pass through to the page.
 * - References (/go?ref=…): one match is a 302 to its permalink, none the 404 page; the page lists
 *   several.
 * - Unknown /d/{id}, /c/{id}, /speakers/{slug} and empty /sittings/{date} answer their 404 page
 *   here: a page's notFound() sends an empty body that only JavaScript fills
 *   (lib/http/not-found-page.ts). So does a facet values page (/search/values/{facet}) for a facet
 *   its page does not list; that check needs no database, so it comes before the outage check.
 * The answers themselves are lib/http's.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseReachable, markDatabaseDown } from './lib/db/proxy';
import { isDatabaseUnavailable } from './lib/db/errors';
import { getPermalinkStatus } from './lib/db/proxy';
import { databaseUnavailableHtml, databaseUnavailableJson } from './lib/http/database-unavailable';
import { answerPermalinkPage } from './lib/http/permalink';
import { CONTRIBUTION_NOT_FOUND, notFoundPage } from './lib/http/not-found-page';
import { answerRecordPage, answerSpeakerPage } from './lib/http/page-existence';
import { answerReferencePage } from './lib/http/reference';
import { answerFacetValuesPage, isFacetValuesPath } from './lib/http/facet-values';
import { checkIdParam } from './lib/http/route-params';
import { answerSittingDayPage } from './lib/http/sitting-day';
import { resolveReference } from './lib/references/resolve-reference';

/** The answer proxy.ts gives itself, or null to let the route render. */
async function answerBeforeRoute(url: URL): Promise<Response | null> {
  if (url.pathname === '/go') return answerReferencePage(await resolveReference(url.searchParams.get('ref') ?? ''), url);
  if (url.pathname.startsWith('/sittings/')) return answerSittingDayPage(url.pathname);
  if (url.pathname.startsWith('/d/')) return answerRecordPage(url);
  if (url.pathname.startsWith('/speakers/')) return answerSpeakerPage(url.pathname);
  const raw = /^\/c\/([^/]+)$/.exec(url.pathname)?.[1];
  if (raw === undefined) return null;
  const id = checkIdParam(raw);
  return id ? answerPermalinkPage(await getPermalinkStatus(id), url) : notFoundPage(CONTRIBUTION_NOT_FOUND);
}

export async function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
  if (isFacetValuesPath(pathname)) return answerFacetValuesPage(new URL(request.url)) ?? NextResponse.next();
  const unavailable = () => (pathname.startsWith('/api/') ? databaseUnavailableJson() : databaseUnavailableHtml());
  if (!(await isDatabaseReachable())) return unavailable();
  try {
    return (await answerBeforeRoute(new URL(request.url))) ?? NextResponse.next();
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    markDatabaseDown();
    return unavailable();
  }
}

/**
 * Every route that reads Postgres. /search and /api/search do not: search stays up without it.
 * The facet values pages are here for their 404 only.
 */
export const config = {
  matcher: [
    '/search/values/:path*',
    '/questions/values/:path*',
    '/',
    '/go',
    '/sittings/:path*',
    '/alerts/:path*',
    '/api/alerts/:path*',
    '/c/:path*',
    '/d/:path*',
    '/speakers/:path*',
    '/documents/:path*',
    '/api/contributions/:path*',
    '/api/search.csv',
    '/api/search.json',
    '/search.atom',
  ],
};
