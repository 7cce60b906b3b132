import { getAppAlertContext } from '@/lib/alerts/app';
import { requestAlert } from '@/lib/alerts/signup';
import { rateLimitClientOf } from '@/lib/http/client-address';
import { withDatabase } from '@/lib/http/database-unavailable';
import { seeOther } from '@/lib/http/form-answers';

export const dynamic = 'force-dynamic';

/**
 * POST /alerts — the "Email me" form (works with JavaScript off): the same sign-up as
 * POST /api/alerts, then 303 to a page saying what happened. Only the name of a bad field goes in
 * the URL, never what was typed.
 */
export const POST = withDatabase(
  async (req: Request) => {
    const form = await req.formData().catch(() => null);
    const field = (name: string) => {
      const v = form?.get(name);
      return typeof v === 'string' && v.trim() !== '' ? v : undefined;
    };
    const input = { email: field('email') ?? '', search: field('search'), question: field('question'), frequency: field('frequency') };
    const outcome = await requestAlert(getAppAlertContext(), input, rateLimitClientOf(req.headers), { sendNow: true });
    const problem = outcome.ok ? null : outcome.status === 429 ? 'too-many' : outcome.status === 503 ? 'busy' : (outcome.param ?? 'form');
    const to = problem ? `/alerts/sent?problem=${encodeURIComponent(problem)}` : '/alerts/sent';
    return seeOther(to);
  },
  { html: true },
);
