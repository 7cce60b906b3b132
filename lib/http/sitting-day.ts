/**
 * The 404 of /sittings/{date} for a day with no records or an address that is not a date, with
 * a way on. Answered by proxy.ts before the page renders: a page's notFound() in this Next.js
 * version sends the 404 with an empty body that only JavaScript fills, and the pages must read
 * without it.
 */
import { hasSittingDay } from '../db/sitting-days';
import { checkSittingDateParam } from './route-params';

const DAY_PATH = /^\/sittings\/([^/]+)\/?$/;

export const NO_SITTING_DAY_HEADING = 'No records for this day';

/** proxy.ts for GET /sittings/{date}: the 404 page, or null to let the page render the day. */
export async function answerSittingDayPage(pathname: string): Promise<Response | null> {
  const raw = DAY_PATH.exec(pathname)?.[1];
  if (raw === undefined) return null;
  const date = checkSittingDateParam(raw);
  if (date && (await hasSittingDay(date))) return null;
  return new Response(renderNoSittingDayPage(), { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** A plain, self-contained page (the proxy answers before the app renders). */
export function renderNoSittingDayPage(): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>No records for this day · Hansard Search</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#1e40af}</style></head>
<body><main><h1>${NO_SITTING_DAY_HEADING}</h1>
<p>Either nothing we hold is dated on this day, or the address is not a date written YYYY-MM-DD (for example /sittings/2007-11-26).</p>
<p><a href="/sittings">Browse the days that have records</a></p>
<p><a href="/search">Search the record</a></p></main></body></html>
`;
}
