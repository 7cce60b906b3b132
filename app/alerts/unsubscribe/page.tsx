import type { Metadata } from 'next';
import { AlertPage } from '@/components/alerts/alert-page';
import { TOKEN_PATTERN } from '@/lib/alerts/tokens';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * GET /alerts/unsubscribe?token=… — the unsubscribe link in a message's text. A GET changes
 * nothing (mail scanners follow links): the button POSTs, as one-click mail clients do.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const valid = typeof token === 'string' && TOKEN_PATTERN.test(token);
  return (
    <AlertPage title="Unsubscribe from alerts">
      {valid ? (
        <form method="post" action="/api/alerts/unsubscribe">
          <input type="hidden" name="token" value={token} />
          <p className="mb-3">This stops every alert sent to your address.</p>
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            Unsubscribe from all alerts
          </button>
        </form>
      ) : (
        <p>This link is not valid. Use the unsubscribe link from one of the alert messages.</p>
      )}
    </AlertPage>
  );
}
