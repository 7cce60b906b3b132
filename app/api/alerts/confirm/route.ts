import { confirmAlert } from '@/lib/alerts/manage';
import { TOKEN_PATTERN } from '@/lib/alerts/tokens';
import { getDb } from '@/lib/db/client';
import { withDatabase } from '@/lib/http/database-unavailable';
import { seeOther } from '@/lib/http/form-answers';

export const dynamic = 'force-dynamic';

/**
 * POST /api/alerts/confirm — the button of /alerts/confirm (form: token): starts the alert, then
 * 303 back to the page, which says it is on (or that the link is not valid).
 */
export const POST = withDatabase(
  async (req: Request) => {
    const form = await req.formData().catch(() => null);
    const token = form?.get('token');
    const tokenValue = typeof token === 'string' && TOKEN_PATTERN.test(token) ? token : undefined;
    if (tokenValue) await confirmAlert(getDb(), tokenValue);
    return seeOther(tokenValue ? `/alerts/confirm?token=${tokenValue}` : '/alerts/confirm');
  },
  { html: true },
);
