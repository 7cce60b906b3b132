/**
 * The 404 pages proxy.ts answers before a route renders: for an unknown /d/{id}, /c/{id},
 * /speakers/{slug}, /sittings/{date} and a /go?ref=… that matches nothing. A page's notFound()
 * in this Next.js version sends the 404 with an empty body (app-render's error shell, filled in
 * only by JavaScript), so with scripts off the reader saw a blank page: see
 * docs/decisions/018-not-found-pages-from-the-proxy.md. The page is plain and self-contained.
 * The not-found.tsx pages (components/not-found/not-found-message.tsx) show the same words.
 */
import { escapeHtml } from '../search/snippet';

export interface NotFoundPage {
  title: string;
  heading: string;
  explanation: string;
  /** Ways on, after the explanation: [href, label]. SEARCH_THE_RECORD is always added. */
  links: Array<readonly [string, string]>;
}

/** Added after a page's own ways on, on every 404 page. */
export const SEARCH_THE_RECORD = ['/search', 'Search the record'] as const;

/** An id or slug that names nothing we hold: "Record not found", "No record at this address". */
function nothingAt(kind: 'Record' | 'Contribution' | 'Speaker', explanation: string): NotFoundPage {
  return { title: `${kind} not found`, heading: `No ${kind.toLowerCase()} at this address`, explanation, links: [] };
}

export const RECORD_NOT_FOUND = nothingAt('Record', 'There is no debate, question or statement with this id. The link may be mistyped or cut short.');
export const CONTRIBUTION_NOT_FOUND = nothingAt('Contribution', 'There is no contribution with this id. The link may be mistyped or cut short.');
export const SPEAKER_NOT_FOUND = nothingAt('Speaker', 'Nobody in the record or the member register has this name in their address.');

/** Next's own 404 (app/not-found.tsx), for an address no route takes. */
export const PAGE_NOT_FOUND: NotFoundPage = {
  title: 'Not found',
  heading: 'Not found',
  explanation: 'There is no debate, question or contribution at this address.',
  links: [],
};

export const REFERENCE_NOT_FOUND: NotFoundPage = {
  title: 'Reference not found',
  heading: 'No record matches this reference',
  explanation:
    'We hold nothing at that reference, or could not read it. References we read: a question number (7814, HL13647), a Hansard citation (HC Deb 26 November 2007, vol 468, col 3), a TheyWorkForYou link or id, or a Parliament written-question link.',
  links: [['/help', 'Search help']],
};

export const SITTING_DAY_NOT_FOUND: NotFoundPage = {
  title: 'No records for this day',
  heading: 'No records for this day',
  explanation: 'Either nothing we hold is dated on this day, or the address is not a date written YYYY-MM-DD (for example /sittings/2007-11-26).',
  links: [['/sittings', 'Browse the days that have records']],
};

/** The 404 response: never cached, since the thing may be ingested later. */
export function notFoundPage(page: NotFoundPage): Response {
  return plainPageResponse(page, 404);
}

/** Any status the proxy answers with a page of its own (the 410 of lib/http/permalink.ts too). */
export function plainPageResponse(page: NotFoundPage, status: number): Response {
  return new Response(renderPlainPage(page), { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export function renderPlainPage(page: NotFoundPage): string {
  const links = [...page.links, SEARCH_THE_RECORD].map(([href, label]) => `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`).join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(page.title)} · Hansard Search</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#1e40af}</style></head>
<body><main><h1>${escapeHtml(page.heading)}</h1>
<p>${escapeHtml(page.explanation)}</p>
${links}</main></body></html>
`;
}
