import type { Metadata } from 'next';
import { AlertPage } from '@/components/alerts/alert-page';

export const metadata: Metadata = { title: 'Unsubscribed', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnsubscribedPage({ searchParams }: Props) {
  const invalid = (await searchParams).invalid !== undefined;
  return invalid ? (
    <AlertPage title="This link is not valid">
      <p>Use the unsubscribe link from one of the alert messages.</p>
    </AlertPage>
  ) : (
    <AlertPage title="You are unsubscribed">
      <p role="status">No more alert messages will be sent to your address.</p>
    </AlertPage>
  );
}
