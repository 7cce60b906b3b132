/**
 * One delivery run — after every ingest or sync, and `npm run alerts` (cron): sign-ups nobody
 * confirmed within 7 days are forgotten, each confirmed alert that is due (immediate: every run;
 * daily: nothing sent in the last 24 hours) collects what it found, one digest per address is
 * queued with what it carries in one transaction, and then the outbox is sent.
 */
import { randomUUID } from 'node:crypto';
import {
  advanceWatermarks,
  findOldestUnindexedStore,
  listActiveAlerts,
  purgeUnconfirmed,
  queueDigest,
  type SavedAlert,
  type AlertDelivery,
  type PurgeSummary,
} from '../db/store';
import { composeDigest } from './compose';
import { footerTokens, newMessageId, type AlertContext } from './context';
import { sendQueuedMessages, type SendSummary } from './mailer';
import { findForQuestion, findForSearch, type AlertFindings } from './match';
import { CONFIRM_VALID_MS } from './signup';

const DAY_MS = 86_400_000;
/**
 * How far back each run looks again before its watermark: a document whose store began before the
 * run but committed after it would otherwise fall between two runs. Items sent already are
 * recorded per alert, so looking twice never sends twice.
 */
export const WATERMARK_OVERLAP_MS = 10 * 60_000;

export interface DeliverySummary {
  /** Unconfirmed alerts (and tokens) forgotten by this run. */
  purged: PurgeSummary;
  due: number;
  digests: number;
  items: number;
  sending: SendSummary;
}

export function isDue(alert: Pick<SavedAlert, 'frequency' | 'lastSentAt'>, now: Date): boolean {
  return alert.frequency === 'immediate' || !alert.lastSentAt || now.getTime() - alert.lastSentAt.getTime() >= DAY_MS;
}

/** Queues the due digests, then sends the outbox. */
export async function deliverDueAlerts(ctx: AlertContext): Promise<DeliverySummary> {
  const now = ctx.now?.() ?? new Date();
  const purged = await purgeUnconfirmed(ctx.db, now, CONFIRM_VALID_MS);
  const due = (await listActiveAlerts(ctx.db)).filter((a) => isDue(a, now));
  // Never move past a document still waiting for the index: its contributions are not searchable yet.
  const oldestUnindexed = await findOldestUnindexedStore(ctx.db);
  const ceiling = new Date(Math.min(now.getTime() - WATERMARK_OVERLAP_MS, oldestUnindexed ? oldestUnindexed.getTime() - 1 : Infinity));

  const byEmail = new Map<string, Array<{ alert: SavedAlert; findings: AlertFindings; upTo: Date }>>();
  let items = 0;
  for (const alert of due) {
    const since = alert.deliveredUpTo ?? alert.confirmedAt ?? now;
    const upTo = new Date(Math.max(since.getTime(), ceiling.getTime()));
    const findings = alert.kind === 'question' ? await findForQuestion(ctx, alert) : await findForSearch(ctx, alert, since);
    if (!findings) {
      if (upTo > since) await advanceWatermarks(ctx.db, [alert.id], upTo);
      continue;
    }
    items += findings.contributionIds.length;
    const list = byEmail.get(alert.email) ?? [];
    list.push({ alert, findings, upTo });
    byEmail.set(alert.email, list);
  }

  for (const [email, found] of byEmail) {
    const footer = footerTokens(ctx.siteUrl, email);
    const mail = composeDigest({ sections: found.map((f) => f.findings.section), manageUrl: footer.manageUrl, unsubscribeUrl: footer.unsubscribeUrl });
    const deliveries: AlertDelivery[] = found.map((f) => ({
      alertId: f.alert.id,
      contributionIds: f.findings.contributionIds,
      deliveredUpTo: f.upTo,
      fired: f.findings.fired,
    }));
    await queueDigest(
      ctx.db,
      { id: randomUUID(), messageId: newMessageId(ctx.siteUrl), email, purpose: 'digest', ...mail, unsubscribeUrl: footer.oneClickUrl },
      footer.tokens,
      deliveries,
      now,
    );
  }
  const sending = await sendQueuedMessages(ctx.db, ctx.mailer, { now: ctx.now, log: ctx.log });
  return { purged, due: due.length, digests: byEmail.size, items, sending };
}
