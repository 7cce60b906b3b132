/**
 * Two jobs before a route runs:
 *
 * - Postgres outages: routes that read the database answer 503 with a friendly page (or JSON for
 *   /api) while it is down, instead of a 500 — a page component cannot set its own status, so it is
 *   decided here (lib/db/availability.ts caches the probe). The routes recover by themselves.
 * - Permalinks that outlive corrections (lib/ids.ts, lib/ingest/store.ts): /c/{old id} answers
 *   301 to the contribution that replaced it, or 410 with a link to its record when it was removed.
 *   A page cannot send either status (permanentRedirect is 308, and there is no "gone"), hence here.
 *   Live and unknown ids pass through to the page, which renders or answers 404.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseReachable, markDatabaseDown } from './lib/db/availability';
import { getDb } from './lib/db/client';
import { databaseUnavailableHtml, databaseUnavailableJson, isDatabaseUnavailable } from './lib/db/errors';
import { getPermalinkStatus, renderGonePage } from './lib/permalink-status';
import { idParamSchema } from './lib/route-params';

export async function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
  const unavailable = () => (pathname.startsWith('/api/') ? databaseUnavailableJson() : databaseUnavailableHtml());
  if (!(await isDatabaseReachable())) return unavailable();
  const permalink = /^\/c\/([^/]+)$/.exec(pathname);
  if (!permalink) return NextResponse.next();
  const id = idParamSchema.safeParse(permalink[1]);
  if (!id.success) return NextResponse.next();
  let found;
  try {
    found = await getPermalinkStatus(getDb(), id.data);
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    markDatabaseDown();
    return unavailable();
  }
  if (found.status === 'moved') return NextResponse.redirect(new URL(`/c/${found.to}${request.nextUrl.search}`, request.url), 301);
  if (found.status === 'gone') {
    return new NextResponse(renderGonePage(found.recordExists ? `/d/${found.recordId}` : null), {
      status: 410,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return NextResponse.next();
}

/** Every route that reads Postgres. /search and /api/search do not: search stays up without it. */
export const config = {
  matcher: ['/c/:path*', '/d/:path*', '/speakers/:path*', '/documents/:path*', '/api/contributions/:path*', '/api/search.csv', '/api/search.json', '/search.atom'],
};
