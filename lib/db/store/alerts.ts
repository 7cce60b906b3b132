/**
 * The tables of email alerts (lib/alerts/ decides what they mean): alerts, the hashed tokens that
 * stand for an address, sign-up counts for the rate limits, and what has been found for each
 * alert since its last delivery. The outbox has its own file (alert-outbox.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../client';
import type { Alert as AlertRow } from '../generated/client';
import { insertMessage, type NewMessage } from './alert-outbox';

export type AlertKind = 'search' | 'member' | 'question';
export type AlertFrequency = 'daily' | 'immediate';

/** A saved search, followed member or followed question as the app sees it: the stored row, its kind and frequency as the app's words. */
export type SavedAlert = Omit<AlertRow, 'kind' | 'frequency'> & { kind: AlertKind; frequency: AlertFrequency };

// The columns hold only what upsertPendingAlert wrote, from the app's own unions.
const toSavedAlert = (row: AlertRow): SavedAlert => ({ ...row, kind: row.kind as AlertKind, frequency: row.frequency as AlertFrequency });
const toSavedAlertOrNull = (row: AlertRow | null): SavedAlert | null => (row ? toSavedAlert(row) : null);
export type TokenPurpose = 'confirm' | 'manage' | 'unsubscribe';

export interface NewToken {
  hash: string;
  purpose: TokenPurpose;
  email: string;
  alertId?: string | null;
  expiresAt?: Date | null;
}

/** Sign-ups in the window, by this address and by this client (both as hashes). */
export async function countRecentSignups(db: Db, emailHash: string, clientHash: string, since: Date): Promise<{ byEmail: number; byClient: number }> {
  const [byEmail, byClient] = await Promise.all([
    db.alertSignup.count({ where: { emailHash, createdAt: { gte: since } } }),
    db.alertSignup.count({ where: { clientHash, createdAt: { gte: since } } }),
  ]);
  return { byEmail, byClient };
}

export async function recordSignup(db: Db, emailHash: string, clientHash: string, now: Date): Promise<void> {
  await db.alertSignup.create({ data: { id: randomUUID(), emailHash, clientHash, createdAt: now } });
  // Counts only matter for a day: older rows are dropped as new ones come.
  await db.alertSignup.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
}

export function countAlertsOf(db: Db, email: string): Promise<number> {
  return db.alert.count({ where: { email } });
}

export async function findAlert(db: Db, email: string, kind: AlertKind, query: string): Promise<SavedAlert | null> {
  return toSavedAlertOrNull(await db.alert.findUnique({ where: { email_kind_query: { email, kind, query } } }));
}

/**
 * The alert for (email, kind, query), made unconfirmed if new; an unconfirmed one takes the new
 * frequency. `created` says whether a row was added (the 50-per-address cap counts those).
 */
export async function upsertPendingAlert(
  db: Db,
  a: { email: string; kind: AlertKind; query: string; frequency: AlertFrequency; now: Date },
): Promise<{ alert: SavedAlert; created: boolean }> {
  const existing = await findAlert(db, a.email, a.kind, a.query);
  if (existing) {
    if (existing.confirmedAt) return { alert: existing, created: false };
    return { alert: toSavedAlert(await db.alert.update({ where: { id: existing.id }, data: { frequency: a.frequency } })), created: false };
  }
  const alert = await db.alert.create({ data: { id: randomUUID(), email: a.email, kind: a.kind, query: a.query, frequency: a.frequency, createdAt: a.now } });
  return { alert: toSavedAlert(alert), created: true };
}

/** Stores the tokens and queues the message that carries them, in one transaction. */
export async function queueWithTokens(db: Db, tokens: NewToken[], message: NewMessage, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.alertToken.createMany({ data: tokens.map((t) => ({ ...t, alertId: t.alertId ?? null, expiresAt: t.expiresAt ?? null })) });
    await insertMessage(tx, message, now);
  });
}

/**
 * Follows a confirmation link: the token is used up and its alert confirmed, watching documents
 * stored from now on. Null when the token is unknown, used or expired.
 */
export async function confirmAlertByToken(db: Db, hash: string, now: Date): Promise<SavedAlert | null> {
  const confirmed = await db.$transaction(async (tx) => {
    const used = await tx.alertToken.updateMany({
      where: { hash, purpose: 'confirm', usedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      data: { usedAt: now },
    });
    if (used.count !== 1) return null;
    const token = await tx.alertToken.findUnique({ where: { hash } });
    if (!token?.alertId) return null;
    const alert = await tx.alert.findUnique({ where: { id: token.alertId } });
    if (!alert) return null;
    if (alert.confirmedAt) return alert;
    return tx.alert.update({ where: { id: alert.id }, data: { confirmedAt: now, deliveredUpTo: now } });
  });
  return toSavedAlertOrNull(confirmed);
}

/** The address a manage or unsubscribe token stands for, or null. */
export async function findTokenEmail(db: Db, hash: string, purpose: 'manage' | 'unsubscribe'): Promise<string | null> {
  const token = await db.alertToken.findUnique({ where: { hash } });
  return token && token.purpose === purpose && (!token.expiresAt || token.expiresAt > new Date()) ? token.email : null;
}

export async function listAlertsOf(db: Db, email: string): Promise<SavedAlert[]> {
  return (await db.alert.findMany({ where: { email }, orderBy: { createdAt: 'asc' } })).map(toSavedAlert);
}

/** Deletes one alert of the address (nothing when the id is another address's). */
export async function deleteAlertOf(db: Db, email: string, alertId: string): Promise<number> {
  return (await db.alert.deleteMany({ where: { id: alertId, email } })).count;
}

/** Deletes every alert of the address and its pending confirmations; manage and unsubscribe links keep working (and show nothing). */
export async function deleteAlertsOf(db: Db, email: string): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.alertToken.deleteMany({ where: { email, purpose: 'confirm' } });
    await tx.alertMessage.updateMany({ where: { email, status: 'queued' }, data: { status: 'failed', lastError: 'unsubscribed before it was sent' } });
    return (await tx.alert.deleteMany({ where: { email } })).count;
  });
}

/** Confirmed alerts still to watch (a question alert stops once fired). */
export async function listActiveAlerts(db: Db): Promise<SavedAlert[]> {
  return (await db.alert.findMany({ where: { confirmedAt: { not: null }, firedAt: null }, orderBy: [{ email: 'asc' }, { createdAt: 'asc' }] })).map(
    toSavedAlert,
  );
}

/** Records of documents stored after `since` and already in the search index. */
export async function listRecordIdsStoredSince(db: Db, since: Date): Promise<string[]> {
  const rows = await db.record.findMany({
    where: { document: { ingestedAt: { gt: since }, indexedAt: { not: null } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}

/** The earliest store time of a document still waiting for the index: a delivery must not pass it. */
export async function findOldestUnindexedStore(db: Db): Promise<Date | null> {
  const row = await db.sourceDocument.findFirst({ where: { indexedAt: null }, orderBy: { ingestedAt: 'asc' }, select: { ingestedAt: true } });
  return row?.ingestedAt ?? null;
}

/** Of `contributionIds`, those not yet sent for the alert. */
export async function filterUnsent(db: Db, alertId: string, contributionIds: string[]): Promise<string[]> {
  if (!contributionIds.length) return [];
  const sent = await db.alertSentItem.findMany({ where: { alertId, contributionId: { in: contributionIds } }, select: { contributionId: true } });
  const done = new Set(sent.map((s) => s.contributionId));
  return contributionIds.filter((id) => !done.has(id));
}

export interface QuestionState {
  id: string;
  recordId: string;
  title: string;
  kind: string;
  type: string;
  status: string | null;
  answers: Array<{ id: string; speakerName: string | null; date: string | null; text: string }>;
}

/** A question contribution with the answers stored for it so far; null when there is no such contribution. */
export async function findQuestionState(db: Db, contributionId: string): Promise<QuestionState | null> {
  const question = await db.contribution.findUnique({
    where: { id: contributionId },
    include: { record: { select: { id: true, title: true, kind: true, questionStatus: true } } },
  });
  if (!question) return null;
  const answers = await db.contribution.findMany({ where: { recordId: question.recordId, answersIds: { has: contributionId } }, orderBy: { position: 'asc' } });
  return {
    id: question.id,
    recordId: question.recordId,
    title: question.record.title,
    kind: question.record.kind,
    type: question.type,
    status: question.record.questionStatus,
    answers: answers.map((a) => ({ id: a.id, speakerName: a.speakerName, date: a.date ? a.date.toISOString().slice(0, 10) : null, text: a.text })),
  };
}

export interface AlertDelivery {
  alertId: string;
  contributionIds: string[];
  deliveredUpTo: Date;
  /** A question alert that has now sent its answer. */
  fired: boolean;
}

/**
 * Queues one digest and records what it carries, in one transaction: the message, the items sent
 * per alert, and each alert's new watermark. A crash leaves either all of it or none.
 */
export async function queueDigest(db: Db, message: NewMessage, tokens: NewToken[], deliveries: AlertDelivery[], now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.alertToken.createMany({ data: tokens.map((t) => ({ ...t, alertId: t.alertId ?? null, expiresAt: t.expiresAt ?? null })) });
    await insertMessage(tx, message, now);
    for (const d of deliveries) {
      await tx.alertSentItem.createMany({
        data: d.contributionIds.map((contributionId) => ({ alertId: d.alertId, contributionId, sentAt: now })),
        skipDuplicates: true,
      });
      await tx.alert.update({ where: { id: d.alertId }, data: { deliveredUpTo: d.deliveredUpTo, lastSentAt: now, ...(d.fired ? { firedAt: now } : {}) } });
    }
  });
}

/** Moves the watermark of alerts that were due but found nothing (nothing was sent: lastSentAt stays). */
export async function advanceWatermarks(db: Db, alertIds: string[], deliveredUpTo: Date): Promise<void> {
  if (alertIds.length) await db.alert.updateMany({ where: { id: { in: alertIds } }, data: { deliveredUpTo } });
}
