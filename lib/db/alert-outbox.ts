/**
 * The outbox of alert mail (AlertMessage): messages are queued in the transaction that decides
 * them, claimed by one sender at a time, and marked sent only after the SMTP server accepted them.
 * Why it is at-least-once at the edge, and how duplicates are recognisable:
 * docs/decisions/017-alerts-outbox.md.
 */
import type { Db } from './client';
import { pgPoolOf } from './client';
import type { AlertMessage, Prisma } from './generated/client';

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

/** Any advisory-lock key of our own: "alerts outbox". */
const OUTBOX_LOCK_KEY = 19_0001;

/** Queued at `now` (the caller's clock, as claims compare with it), due at once. */
export async function insertMessage(tx: Prisma.TransactionClient | Db, message: NewMessage, now: Date): Promise<void> {
  await tx.alertMessage.create({ data: { ...message, status: 'queued', createdAt: now, nextAttemptAt: now } });
}

/**
 * Runs `work` while holding the outbox lock (a Postgres session lock on a connection of its own),
 * or returns null at once when another sender holds it. A sender that dies loses its connection
 * and with it the lock, so whoever holds the lock knows any message still `sending` was left by a
 * dead sender.
 */
export async function withOutboxLock<T>(db: Db, work: () => Promise<T>): Promise<T | null> {
  const pool = await pgPoolOf(db);
  const client = await pool.connect();
  const ignore = () => {};
  client.on('error', ignore);
  let broken: Error | undefined;
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [OUTBOX_LOCK_KEY]);
    if (!rows[0]?.locked) return null;
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [OUTBOX_LOCK_KEY]).catch((e: Error) => (broken = e));
    }
  } finally {
    client.removeListener('error', ignore);
    client.release(broken);
  }
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
