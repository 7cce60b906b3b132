import type { Metadata } from 'next';
import { AlertPage, TokenButtonForm } from '@/components/alerts/alert-page';
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
        <TokenButtonForm action="/api/alerts/unsubscribe" token={token} label="Unsubscribe from all alerts">
          <p className="mb-3">This stops every alert sent to your address.</p>
        </TokenButtonForm>
      ) : (
        <p>This link is not valid. Use the unsubscribe link from one of the alert messages.</p>
      )}
    </AlertPage>
  );
}
