/**
 * The tables of email alerts (lib/alerts/ decides what they mean): alerts, the hashed tokens that
 * stand for an address, sign-up counts for the rate limits, and what has been found for each
 * alert since its last delivery. The outbox has its own file (alert-outbox.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../client';
import type { Alert as AlertRow, Prisma } from '../generated/client';
import { insertMessage, type NewMessage } from './alert-outbox';
import { XACT_LOCK_KEYS } from '../run-lock';

export type AlertKind = 'search' | 'member' | 'question';
export type AlertFrequency = 'daily' | 'immediate';

/** A saved search, followed member or followed question as the app sees it: the stored row, its kind and frequency as the app's words. */
export type SavedAlert = Omit<AlertRow, 'kind' | 'frequency'> & { kind: AlertKind; frequency: AlertFrequency };

// The columns hold only what admitSignup wrote, from the app's own unions.
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

/** A token from a link, as it may be stored: HMAC (`keyed`), or plain sha256 for tokens made before the key. */
export interface TokenHashes {
  keyed: string;
  legacy: string;
}

function tokenWhere(h: TokenHashes): Prisma.AlertTokenWhereInput {
  return {
    OR: [
      { hash: h.keyed, keyed: true },
      { hash: h.legacy, keyed: false },
    ],
  };
}

function tokenRows(tokens: NewToken[]) {
  return tokens.map((t) => ({ ...t, keyed: true, alertId: t.alertId ?? null, expiresAt: t.expiresAt ?? null }));
}

export interface SignupLimits {
  perAddressPerHour: number;
  perClientPerHour: number;
  confirmationsPerHour: number;
  alertsPerAddress: number;
}

export interface PendingSignup {
  email: string;
  /** HMACs (lib/alerts/tokens.ts): rate-limit rows never hold an address. */
  emailHash: string;
  clientHash: string;
  kind: AlertKind;
  query: string;
  frequency: AlertFrequency;
  now: Date;
}

/**
 * What became of a sign-up: `client-limit` (refused: the only outcome a requester is told), `queued`
 * (an unconfirmed alert and its confirmation message), or nothing sent for the reason given.
 */
export type Admission = 'client-limit' | 'address-limit' | 'hourly-cap' | 'alerts-per-address' | 'already-confirmed' | 'queued';

const HOUR_MS = 3_600_000;

/**
 * One sign-up, atomically: under a transaction-scoped advisory lock every sign-up counts what the
 * limits count and writes what it adds before the next one counts, so parallel requests cannot all
 * pass a limit together. `confirmation` makes the tokens and the message for the alert.
 */
export async function admitSignup(
  db: Db,
  s: PendingSignup,
  limits: SignupLimits,
  confirmation: (alert: SavedAlert) => { tokens: NewToken[]; message: NewMessage },
): Promise<Admission> {
  const hourAgo = new Date(s.now.getTime() - HOUR_MS);
  // Parallel sign-ups queue on the lock: give them longer than Prisma's 2 s / 5 s defaults.
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${XACT_LOCK_KEYS['alerts-signup']}::bigint)::text`;
      // After the lock, in a statement of its own: its snapshot then holds what the previous holder wrote.
      const since = hourAgo.toISOString();
      const [counts] = await tx.$queryRaw<Array<{ byClient: number; byAddress: number; confirmations: number }>>`
        SELECT (SELECT count(*) FROM "AlertSignup" WHERE "clientHash" = ${s.clientHash} AND "createdAt" >= ${since}::timestamp)::int AS "byClient",
               (SELECT count(*) FROM "AlertSignup" WHERE "emailHash" = ${s.emailHash} AND "createdAt" >= ${since}::timestamp)::int AS "byAddress",
               (SELECT count(*) FROM "AlertMessage" WHERE purpose = 'confirmation' AND "createdAt" >= ${since}::timestamp)::int AS "confirmations"`;
      if (counts.byClient >= limits.perClientPerHour) return 'client-limit';
      await tx.alertSignup.create({ data: { id: randomUUID(), emailHash: s.emailHash, clientHash: s.clientHash, createdAt: s.now } });
      // Counts only matter for an hour: older rows are dropped as new ones come.
      await tx.alertSignup.deleteMany({ where: { createdAt: { lt: new Date(s.now.getTime() - 24 * HOUR_MS) } } });
      if (counts.byAddress >= limits.perAddressPerHour) return 'address-limit';
      if (counts.confirmations >= limits.confirmationsPerHour) return 'hourly-cap';

      const existing = await tx.alert.findUnique({ where: { email_kind_query: { email: s.email, kind: s.kind, query: s.query } } });
      if (existing?.confirmedAt) return 'already-confirmed';
      // Only an existing, unconfirmed alert may still get its confirmation again past the cap.
      if (!existing && (await tx.alert.count({ where: { email: s.email } })) >= limits.alertsPerAddress) return 'alerts-per-address';
      const alert = existing
        ? await tx.alert.update({ where: { id: existing.id }, data: { frequency: s.frequency } })
        : await tx.alert.create({ data: { id: randomUUID(), email: s.email, kind: s.kind, query: s.query, frequency: s.frequency, createdAt: s.now } });
      const { tokens, message } = confirmation(toSavedAlert(alert));
      await tx.alertToken.createMany({ data: tokenRows(tokens) });
      await insertMessage(tx, message, s.now);
      return 'queued';
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** The unconfirmed alert a confirmation link stands for, read only (a GET of the link changes nothing); null when not valid. */
export async function findPendingConfirmation(db: Db, hashes: TokenHashes, now: Date): Promise<{ alert: SavedAlert; used: boolean } | null> {
  const token = await db.alertToken.findFirst({ where: { ...tokenWhere(hashes), purpose: 'confirm' } });
  if (!token?.alertId || (token.expiresAt && token.expiresAt <= now && !token.usedAt)) return null;
  const alert = await db.alert.findUnique({ where: { id: token.alertId } });
  return alert ? { alert: toSavedAlert(alert), used: token.usedAt !== null } : null;
}

/**
 * Confirms by a confirmation link (POST only): the token is used up and its alert confirmed,
 * watching documents stored from now on. Null when the token is unknown, used or expired.
 */
export async function confirmAlertByToken(db: Db, hashes: TokenHashes, now: Date): Promise<SavedAlert | null> {
  const confirmed = await db.$transaction(async (tx) => {
    const token = await tx.alertToken.findFirst({ where: { ...tokenWhere(hashes), purpose: 'confirm' } });
    if (!token?.alertId) return null;
    // Used up in one statement, so two POSTs of one link cannot both pass.
    const used = await tx.alertToken.updateMany({
      where: { hash: token.hash, usedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      data: { usedAt: now },
    });
    if (used.count !== 1) return null;
    const alert = await tx.alert.findUnique({ where: { id: token.alertId } });
    if (!alert) return null;
    if (alert.confirmedAt) return alert;
    return tx.alert.update({ where: { id: alert.id }, data: { confirmedAt: now, deliveredUpTo: now } });
  });
  return toSavedAlertOrNull(confirmed);
}

/** The address a manage or unsubscribe token stands for, or null. */
export async function findTokenEmail(db: Db, hashes: TokenHashes, purpose: 'manage' | 'unsubscribe'): Promise<string | null> {
  const token = await db.alertToken.findFirst({ where: { ...tokenWhere(hashes), purpose } });
  return token && (!token.expiresAt || token.expiresAt > new Date()) ? token.email : null;
}

export interface PurgeSummary {
  alerts: number;
  tokens: number;
}

/**
 * Forgets sign-ups nobody confirmed: alerts unconfirmed after `maxAgeMs` with no confirmation link
 * still valid, confirmation tokens past their expiry, and the manage and unsubscribe tokens of
 * addresses left with no alert at all once they are that old (they hold the address).
 */
export async function purgeUnconfirmed(db: Db, now: Date, maxAgeMs: number): Promise<PurgeSummary> {
  const at = now.toISOString();
  const before = new Date(now.getTime() - maxAgeMs).toISOString();
  return db.$transaction(async (tx) => {
    const alerts = await tx.$executeRaw`
      DELETE FROM "Alert" a
      WHERE a."confirmedAt" IS NULL AND a."createdAt" < ${before}::timestamp
        AND NOT EXISTS (SELECT 1 FROM "AlertToken" t
                        WHERE t."alertId" = a.id AND t.purpose = 'confirm' AND t."usedAt" IS NULL AND t."expiresAt" > ${at}::timestamp)`;
    const expired = await tx.$executeRaw`DELETE FROM "AlertToken" WHERE purpose = 'confirm' AND "expiresAt" <= ${at}::timestamp`;
    const orphaned = await tx.$executeRaw`
      DELETE FROM "AlertToken" t
      WHERE t.purpose IN ('manage', 'unsubscribe') AND t."createdAt" < ${before}::timestamp
        AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a.email = t.email)`;
    return { alerts, tokens: expired + orphaned };
  });
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
    await tx.alertToken.createMany({ data: tokenRows(tokens) });
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
