import { getAppAlertContext } from '@/lib/alerts/app';
import { ACCEPTED, requestAlert } from '@/lib/alerts/signup';
import { badRequest } from '@/lib/http/client-errors';
import { rateLimitClientOf } from '@/lib/http/client-address';
import { withDatabase } from '@/lib/http/database-unavailable';

export const dynamic = 'force-dynamic';

/** POST /api/alerts — docs/contracts.md §4: JSON { email, search | question, frequency? } → 202. */
export const POST = withDatabase(async (req: Request) => {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return badRequest('the body must be JSON: { "email": "…", "search": "q=…" } or { "email": "…", "question": "<contribution id>" }', 'body');
  }
  const outcome = await requestAlert(getAppAlertContext(), body, rateLimitClientOf(req.headers), { sendNow: true });
  if (!outcome.ok)
    return outcome.status === 400
      ? badRequest(outcome.error, outcome.param ?? 'body')
      : Response.json({ error: outcome.error }, { status: outcome.status, headers: { 'Retry-After': outcome.status === 429 ? '3600' : '60' } });
  return Response.json(ACCEPTED, { status: 202, headers: { 'Cache-Control': 'no-store' } });
});
