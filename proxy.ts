/**
 * Before a route runs:
 *
 * - Content-Security-Policy: every page and route gets a fresh script nonce, put in the request's
 *   policy (Next.js reads it there and puts it on its own scripts) and in the answer's
 *   (lib/http/security-headers.ts). Every page therefore renders per request (app/layout.tsx).
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
import { contentSecurityPolicy, createNonce } from './lib/http/security-headers';

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
  const policy = contentSecurityPolicy({ nonce: createNonce(), dev: process.env.NODE_ENV !== 'production' });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const answer = readsDatabase(request.nextUrl.pathname) ? await answerDatabaseRoute(request) : null;
  return withHeader(answer ?? NextResponse.next({ request: { headers } }), 'Content-Security-Policy', policy);
}

/** The checks of the routes that read Postgres (DATABASE_ROUTES): an answer, or null to render. */
async function answerDatabaseRoute(request: NextRequest): Promise<Response | null> {
  const pathname = request.nextUrl.pathname;
  if (isFacetValuesPath(pathname)) return answerFacetValuesPage(new URL(request.url));
  const unavailable = () => (pathname.startsWith('/api/') ? databaseUnavailableJson() : databaseUnavailableHtml());
  if (!(await isDatabaseReachable())) return unavailable();
  try {
    return await answerBeforeRoute(new URL(request.url));
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    markDatabaseDown();
    return unavailable();
  }
}

/**
 * Every route that reads Postgres (a path, or a prefix ending in `/` that also stands for the path
 * without it). /search and /api/search do not: search stays up without it. The facet values pages
 * are here for their 404 only.
 */
const DATABASE_ROUTES = [
  '/search/values/',
  '/questions/values/',
  '/',
  '/go',
  '/sittings/',
  '/alerts/',
  '/api/alerts/',
  '/c/',
  '/d/',
  '/speakers/',
  '/documents/',
  '/api/contributions/',
  '/divisions/',
  '/api/divisions/',
  '/api/votes',
  '/votes.atom',
  '/api/search.csv',
  '/api/search.json',
  '/search.atom',
];

function readsDatabase(pathname: string): boolean {
  return DATABASE_ROUTES.some((r) => pathname === r || (r.length > 1 && r.endsWith('/') && (pathname === r.slice(0, -1) || pathname.startsWith(r))));
}

/** `response` with the header set; a copy when its headers are immutable (Response.redirect's). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** Everything but the build's static files (next.config.ts gives those their headers). */
export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
