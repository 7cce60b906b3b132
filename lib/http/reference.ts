/**
 * GET /go?ref=… (docs/contracts.md §4): a reference that names exactly one record or contribution
 * is answered with a 302 to its permalink here, in proxy.ts, before the page renders (a page's
 * redirect() is a 307); one that names nothing (or is no reference) with the 404 page
 * (lib/http/not-found-page.ts says why not the page's notFound()). Several matches are the
 * page's to list.
 */
import type { ReferenceOutcome } from '../references/resolve-reference';
import { notFoundPage, REFERENCE_NOT_FOUND } from './not-found-page';

export function answerReferencePage(outcome: ReferenceOutcome, url: URL): Response | null {
  if (outcome.status === 'one') return Response.redirect(new URL(outcome.href, url), 302);
  if (outcome.status === 'none' || outcome.status === 'not-a-reference') return notFoundPage(REFERENCE_NOT_FOUND);
  return null;
}
