import type { Metadata } from 'next';
import { AlertPage } from '@/components/alerts/alert-page';
import { MAX_ALERTS_PER_ADDRESS } from '@/lib/alerts/schemas';

export const metadata: Metadata = { title: 'Check your inbox', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What went wrong, by the name of the field (app/alerts/route.ts puts only that in the URL). */
const PROBLEMS: Record<string, string> = {
  email: 'That is not an email address we can send to. Go back and check it.',
  search: 'This search cannot be made into an alert: it needs words or a filter, and must read as a search.',
  question: 'That question could not be found.',
  frequency: 'Choose daily or immediate.',
  'too-many': 'Too many alert requests from here. Please try again in an hour.',
  busy: 'Too many alert requests are being made just now. Please try again in a minute.',
};

export default async function AlertSentPage({ searchParams }: Props) {
  const problem = (await searchParams).problem;
  if (typeof problem === 'string') {
    return (
      <AlertPage title="The alert was not made">
        <p role="alert">{PROBLEMS[problem] ?? 'The form could not be read. Go back and try again.'}</p>
      </AlertPage>
    );
  }
  return (
    <AlertPage title="Check your inbox">
      <p role="status">
        If this address can receive mail, a message asking you to confirm the alert is on its way. Nothing else is sent until you follow its link.
      </p>
      <p>
        Every alert message has a link to see and delete all your alerts, and one to unsubscribe. An address can have at most {MAX_ALERTS_PER_ADDRESS} alerts.
      </p>
    </AlertPage>
  );
}
