import type { Metadata } from 'next';
import { AlertPage } from '@/components/alerts/alert-page';
import { confirmAlert } from '@/lib/alerts/manage';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your alert', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /alerts/confirm?token=… — the link of the confirmation message: single-use, starts the alert. */
export default async function ConfirmAlertPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const alert = await confirmAlert(getDb(), typeof token === 'string' ? token : undefined);
  if (!alert) {
    return (
      <AlertPage title="This link is not valid">
        <p>It may have been used already, or be more than 7 days old. If your alert is already running, the messages it sends have a link to manage it.</p>
      </AlertPage>
    );
  }
  return (
    <AlertPage title="Your alert is on">
      <p role="status">
        <strong>{alert.description}</strong> — {alert.frequency === 'daily' ? 'at most one email a day' : 'an email each time new matches arrive'}.
      </p>
      <p>Every message it sends has a link to see and delete your alerts, and one to unsubscribe.</p>
    </AlertPage>
  );
}
