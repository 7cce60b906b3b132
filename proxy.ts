/**
 * Permalinks that outlive corrections (lib/ids.ts, lib/ingest/store.ts): /c/{old id} answers
 * 301 to the contribution that replaced it, or 410 with a link to its record when it was removed.
 * A page cannot send either status (permanentRedirect is 308, and there is no "gone"), hence here.
 * Live and unknown ids pass through to the page, which renders or answers 404.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from './lib/db/client';
import { getPermalinkStatus, renderGonePage } from './lib/permalink-status';
import { idParamSchema } from './lib/route-params';

export async function proxy(request: NextRequest) {
  const id = idParamSchema.safeParse(request.nextUrl.pathname.split('/')[2]);
  if (!id.success) return NextResponse.next();
  const found = await getPermalinkStatus(getDb(), id.data);
  if (found.status === 'moved') return NextResponse.redirect(new URL(`/c/${found.to}${request.nextUrl.search}`, request.url), 301);
  if (found.status === 'gone') {
    return new NextResponse(renderGonePage(found.recordExists ? `/d/${found.recordId}` : null), {
      status: 410,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: '/c/:id' };
