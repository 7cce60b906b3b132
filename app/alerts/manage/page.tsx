import type { Metadata } from 'next';
import { AlertPage } from '@/components/alerts/alert-page';
import { listAlertsByToken } from '@/lib/alerts/manage';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your alerts', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BUTTON =
  'rounded border border-stone-500 bg-white px-3 py-1 text-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700';

/** GET /alerts/manage?token=… — the owner's page: their address and every alert, each deletable. */
export default async function ManageAlertsPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token : undefined;
  const owner = await listAlertsByToken(getDb(), token);
  if (!owner) {
    return (
      <AlertPage title="This link is not valid">
        <p>Use the “Your alerts” link from one of the alert messages.</p>
      </AlertPage>
    );
  }
  return (
    <AlertPage title="Your alerts">
      <p>
        Alerts sent to <strong className="break-all">{owner.email}</strong>
      </p>
      {params.deleted ? <p role="status">{params.deleted === 'all' ? 'All your alerts are deleted.' : 'The alert is deleted.'}</p> : null}
      {owner.alerts.length === 0 ? (
        <p>There are no alerts for this address.</p>
      ) : (
        <>
          <ul className="space-y-3">
            {owner.alerts.map((a) => (
              <li key={a.id} className="rounded border border-stone-300 bg-white p-3">
                <p className="break-words">
                  <a href={a.href} className="text-blue-800 underline">
                    {a.description}
                  </a>
                </p>
                <p className="text-sm text-stone-700">
                  {a.frequency}, {a.status}
                </p>
                <form method="post" action="/api/alerts/manage" className="mt-2">
                  <input type="hidden" name="token" value={token} />
                  <input type="hidden" name="alert" value={a.id} />
                  <button type="submit" className={BUTTON} aria-label={`Delete the alert: ${a.description}`}>
                    Delete
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <form method="post" action="/api/alerts/manage">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="alert" value="all" />
            <button type="submit" className={BUTTON}>
              Delete all my alerts
            </button>
          </form>
        </>
      )}
    </AlertPage>
  );
}
