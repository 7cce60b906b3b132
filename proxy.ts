/**
 * Two jobs before a route runs:
 *
 * - Postgres outages: routes that read the database answer 503 with a friendly page (or JSON for
 *   /api) while it is down, instead of a 500 — a page component cannot set its own status, so it is
 *   decided here (lib/db/availability.ts caches the probe). The routes recover by themselves.
 * - Permalinks that outlive corrections (lib/ids.ts, lib/db/store-document.ts): /c/{old id} answers
 *   301 to the contribution that replaced it, or 410 with a link to its record when it was removed.
 *   A page cannot send either status (permanentRedirect is 308, and there is no "gone"), hence here.
 *   Live and unknown ids pass through to the page, which renders or answers 404.
 * - References (/go?ref=…): one match is a 302 to its permalink; the page lists several or 404s.
 * - /sittings/{date} for a day without records answers its 404 page here (lib/http/sitting-day.ts).
 * The answers themselves are lib/http's.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseReachable, markDatabaseDown } from './lib/db/availability';
import { isDatabaseUnavailable } from './lib/db/errors';
import { getPermalinkStatus } from './lib/db/permalinks';
import { databaseUnavailableHtml, databaseUnavailableJson } from './lib/http/database-unavailable';
import { answerPermalinkPage } from './lib/http/permalink';
import { answerReferenceRedirect } from './lib/http/reference';
import { checkIdParam } from './lib/http/route-params';
import { answerSittingDayPage } from './lib/http/sitting-day';
import { resolveReference } from './lib/references/resolve-reference';

/** The answer proxy.ts gives itself, or null to let the route render. */
async function answerBeforeRoute(url: URL): Promise<Response | null> {
  if (url.pathname === '/go') return answerReferenceRedirect(await resolveReference(url.searchParams.get('ref') ?? ''), url);
  if (url.pathname.startsWith('/sittings/')) return answerSittingDayPage(url.pathname);
  const id = checkIdParam(/^\/c\/([^/]+)$/.exec(url.pathname)?.[1] ?? '');
  return id ? answerPermalinkPage(await getPermalinkStatus(id), url) : null;
}

export async function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
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

/** Every route that reads Postgres. /search and /api/search do not: search stays up without it. */
export const config = {
  matcher: [
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
