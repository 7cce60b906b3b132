import { getDb } from '@/lib/db/client';
import { withDatabase } from '@/lib/http/database-unavailable';
import { seeOther } from '@/lib/http/form-answers';
import { unsubscribeByToken } from '@/lib/alerts/manage';

export const dynamic = 'force-dynamic';

/**
 * POST /api/alerts/unsubscribe?token=… — RFC 8058 one-click unsubscribe (the List-Unsubscribe URL
 * of every alert message; mail clients POST `List-Unsubscribe=One-Click`) and the button of
 * /alerts/unsubscribe. Every alert of the address goes, with no further question.
 */
export const POST = withDatabase(
  async (req: Request) => {
    const form = await req.formData().catch(() => null);
    const fromForm = form?.get('token');
    const token = new URL(req.url).searchParams.get('token') ?? (typeof fromForm === 'string' ? fromForm : undefined);
    const done = await unsubscribeByToken(getDb(), token);
    return seeOther(done ? '/alerts/unsubscribed' : '/alerts/unsubscribed?invalid=1');
  },
  { html: true },
);
