import type { Metadata } from 'next';
import { AlertPage, TokenButtonForm } from '@/components/alerts/alert-page';
import { viewConfirmation } from '@/lib/alerts/manage';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your alert', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * GET /alerts/confirm?token=… — the link of the confirmation message. It shows what was asked for
 * and changes nothing (link scanners in mail systems open every link); its button POSTs to
 * /api/alerts/confirm, which starts the alert and comes back here.
 */
export default async function ConfirmAlertPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const tokenValue = typeof token === 'string' ? token : undefined;
  const found = await viewConfirmation(getDb(), tokenValue);
  if (!found || !tokenValue) {
    return (
      <AlertPage title="This link is not valid">
        <p>It may have been used already, or be more than 7 days old. If your alert is already running, the messages it sends have a link to manage it.</p>
      </AlertPage>
    );
  }
  const often = found.alert.frequency === 'daily' ? 'at most one email a day' : 'an email each time new matches arrive';
  if (found.state === 'on') {
    return (
      <AlertPage title="Your alert is on">
        <p role="status">
          <strong className="break-words">{found.alert.description}</strong> — {often}.
        </p>
        <p>Every message it sends has a link to see and delete your alerts, and one to unsubscribe.</p>
      </AlertPage>
    );
  }
  return (
    <AlertPage title="Start this alert?">
      <p>Someone — we hope you — asked for email about:</p>
      <p>
        <strong className="break-words">{found.alert.description}</strong> — {often}.
      </p>
      <TokenButtonForm action="/api/alerts/confirm" token={tokenValue} label="Start the alert" />
      <p>If it was not you, close this page: nothing is sent unless the button is pressed.</p>
    </AlertPage>
  );
}
