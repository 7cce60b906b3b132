import { getDb } from '@/lib/db/client';
import { withDatabase } from '@/lib/http/database-unavailable';
import { seeOther } from '@/lib/http/form-answers';
import { deleteAlertsByToken } from '@/lib/alerts/manage';
import { TOKEN_PATTERN } from '@/lib/alerts/tokens';

export const dynamic = 'force-dynamic';

/** POST /api/alerts/manage — the delete buttons of /alerts/manage (form: token, and alert id or "all"). */
export const POST = withDatabase(
  async (req: Request) => {
    const form = await req.formData().catch(() => null);
    const token = form?.get('token');
    const alert = form?.get('alert');
    const tokenValue = typeof token === 'string' && TOKEN_PATTERN.test(token) ? token : undefined;
    const alertId = typeof alert === 'string' && alert !== 'all' && /^[0-9a-f-]{36}$/.test(alert) ? alert : null;
    const ok = typeof alert === 'string' && (alert === 'all' || alertId !== null) && (await deleteAlertsByToken(getDb(), tokenValue, alertId));
    const to = ok && tokenValue ? `/alerts/manage?token=${tokenValue}&deleted=${alertId ? 1 : 'all'}` : '/alerts/manage';
    return seeOther(to);
  },
  { html: true },
);
