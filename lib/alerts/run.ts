/**
 * A delivery run from a command (`npm run alerts`, and the end of `npm run ingest` and of a sync):
 * the command's database and search index, the mailer from SMTP_URL / MAIL_FROM, links on SITE_URL.
 */
import { siteUrlFromEnv, type AlertContext } from './context';
import { deliverDueAlerts, type DeliverySummary } from './deliver';
import { createMailer, mailerOptionsFromEnv } from './mailer';

/** What a command has open (lib/runtime.ts's Runtime fits). */
export type CommandServices = { db: AlertContext['db']; search: AlertContext['search']['client']; indexName: string };

export async function deliverAlertsFromCommand(services: CommandServices, log: (line: string) => void = console.log): Promise<DeliverySummary> {
  const mailer = createMailer(mailerOptionsFromEnv(log));
  try {
    return await deliverDueAlerts({
      db: services.db,
      search: { client: services.search, indexName: services.indexName },
      siteUrl: siteUrlFromEnv(),
      mailer,
      log,
    });
  } finally {
    mailer.close();
  }
}

export function formatDeliverySummary(s: DeliverySummary): string {
  const sending = s.sending.busy
    ? 'the outbox is being sent by another run'
    : `${s.sending.sent} sent, ${s.sending.retrying} to retry, ${s.sending.failed} given up`;
  const purged = s.purged.alerts ? `${s.purged.alerts} unconfirmed after 7 days forgotten; ` : '';
  return `alerts: ${purged}${s.due} due, ${s.digests} digest${s.digests === 1 ? '' : 's'} queued (${s.items} items); messages: ${sending}`;
}

/**
 * The delivery at the end of an ingest or a sync: what it stored may be what someone waits for.
 * A failure here is reported in one line and leaves the ingest's own outcome alone (the next run
 * or `npm run alerts` delivers).
 */
export async function deliverAlertsAfterIngest(services: CommandServices, log: (line: string) => void = console.log): Promise<void> {
  try {
    const summary = await deliverAlertsFromCommand(services, log);
    if (summary.purged.alerts || summary.due || summary.sending.sent || summary.sending.retrying || summary.sending.failed) log(formatDeliverySummary(summary));
  } catch (e) {
    console.error(`alerts: not delivered (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); \`npm run alerts\` will try again`);
  }
}
