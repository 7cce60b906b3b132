/**
 * GET /go?ref=… (docs/contracts.md §4): a reference that names exactly one record or contribution
 * is answered with a 302 to its permalink here, in proxy.ts, before the page renders (a page's
 * redirect() is a 307). Several matches and none are the page's to answer (a list, or a 404).
 */
import type { ReferenceOutcome } from '../references/resolve-reference';

export function answerReferenceRedirect(outcome: ReferenceOutcome, url: URL): Response | null {
  return outcome.status === 'one' ? Response.redirect(new URL(outcome.href, url), 302) : null;
}
