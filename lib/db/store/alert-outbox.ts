/**
 * The outbox of alert mail (AlertMessage): messages are queued in the transaction that decides
 * them, claimed by one sender at a time, and marked sent only after the SMTP server accepted them.
 * Why it is at-least-once at the edge, and how duplicates are recognisable:
 * docs/decisions/017-alerts-outbox.md.
 */
import type { Db } from '../client';
import type { AlertMessage, Prisma } from '../generated/client';
import { withRunLock } from '../run-lock';

export type { AlertMessage };

export interface NewMessage {
  id: string;
  messageId: string;
  email: string;
  purpose: 'confirmation' | 'digest';
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
}

/** Queued at `now` (the caller's clock, as claims compare with it), due at once. */
export async function insertMessage(tx: Prisma.TransactionClient | Db, message: NewMessage, now: Date): Promise<void> {
  await tx.alertMessage.create({ data: { ...message, status: 'queued', createdAt: now, nextAttemptAt: now } });
}

/**
 * Runs `work` while holding the outbox lock (lib/db/run-lock.ts), or returns null at once when
 * another sender holds it. A sender that dies loses its connection and with it the lock, so
 * whoever holds the lock knows any message still `sending` was left by a dead sender.
 */
export async function withOutboxLock<T>(db: Db, work: () => Promise<T>): Promise<T | null> {
  return withRunLock(db, 'alerts-outbox', work);
}

/**
 * Claims due messages (queued and due, or `sending` left by a dead sender: call only under the
 * lock), marking them `sending` and counting the attempt, in one statement.
 */
export async function claimDueMessages(db: Db, limit: number, now: Date): Promise<AlertMessage[]> {
  return db.$queryRaw<AlertMessage[]>`
    UPDATE "AlertMessage" SET status = 'sending', attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "AlertMessage"
      WHERE (status = 'queued' AND "nextAttemptAt" <= ${now.toISOString()}::timestamp) OR status = 'sending'
      ORDER BY "createdAt", id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING *`;
}

/** The SMTP server accepted it. The body is dropped: it carried tokens, which are kept only hashed. */
export async function markMessageSent(db: Db, id: string, now: Date): Promise<void> {
  await db.alertMessage.update({ where: { id }, data: { status: 'sent', sentAt: now, text: '', html: '', unsubscribeUrl: '', lastError: null } });
}

/** Sending failed: try again at `retryAt`, or give up (`failed`) when null. */
export async function markMessageFailed(db: Db, id: string, error: string, retryAt: Date | null): Promise<void> {
  await db.alertMessage.update({
    where: { id },
    data: retryAt ? { status: 'queued', nextAttemptAt: retryAt, lastError: error } : { status: 'failed', lastError: error },
  });
}

/** Messages by status, for the command's summary and the tests. */
export async function countMessagesByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.alertMessage.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}
