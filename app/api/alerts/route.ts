import { clientAddressOf, getAppAlertContext } from '@/lib/alerts/app';
import { ACCEPTED, requestAlert } from '@/lib/alerts/signup';
import { withDatabase } from '@/lib/db/errors';

export const dynamic = 'force-dynamic';

/** POST /api/alerts — ../shared/CONTRACTS.md §4: JSON { email, search | question, frequency? } → 202. */
export const POST = withDatabase(async (req: Request) => {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: 'the body must be JSON: { "email": "…", "search": "q=…" } or { "email": "…", "question": "<contribution id>" }', param: 'body' }, { status: 400 });
  }
  const outcome = await requestAlert(getAppAlertContext(), body, clientAddressOf(req), { sendNow: true });
  if (!outcome.ok) return Response.json({ error: outcome.error, ...(outcome.param ? { param: outcome.param } : {}) }, { status: outcome.status });
  return Response.json(ACCEPTED, { status: 202, headers: { 'Cache-Control': 'no-store' } });
});
