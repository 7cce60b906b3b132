/**
 * Asking for an alert (POST /api/alerts and the "Email me" form): checks the request, applies the
 * limits, and queues one confirmation message. The answer is the same whatever the address — new,
 * known, confirmed, over its limit — so nobody can learn who has alerts; only bad input (400) and
 * a client over its own limit (429) are told apart.
 */
import { randomUUID } from 'node:crypto';
import { countAlertsOf, countRecentSignups, findAlert, findQuestionState, queueWithTokens, recordSignup, upsertPendingAlert } from '../db/store';
import { composeConfirmation, describeAlert } from './compose';
import { alertLinks, footerTokens, newMessageId, type AlertContext } from './context';
import { sendQueuedMessages } from './mailer';
import { describeIssue, MAX_ALERTS_PER_ADDRESS, signupSchema, toSearchTarget, type AlertTarget } from './schemas';
import { hashSecret, newToken } from './tokens';

/** Sign-ups per hour: from one address (beyond it, silently nothing) and from one client (429). */
export const SIGNUPS_PER_ADDRESS_PER_HOUR = 5;
export const SIGNUPS_PER_CLIENT_PER_HOUR = 20;
const CONFIRM_VALID_MS = 7 * 86_400_000;

/** Signing up needs no search index. */
export type SignupContext = Omit<AlertContext, 'search'>;

/** The one answer to every well-formed sign-up, whatever the address (no enumeration). */
export const ACCEPTED = { status: 'accepted', message: 'If this address can receive mail, a message asking to confirm the alert is on its way.' } as const;

export type SignupOutcome = { ok: true } | { ok: false; status: 400 | 429; error: string; param?: string };

async function checkQuestion(ctx: SignupContext, id: string): Promise<{ ok: true; target: AlertTarget; title: string } | { ok: false; error: string }> {
  const question = await findQuestionState(ctx.db, id);
  if (question?.type !== 'question') return { ok: false, error: 'question must be the id of a stored question (the id in its /c/{id} link)' };
  return { ok: true, target: { kind: 'question', query: id }, title: question.title };
}

/**
 * `clientAddress`: the requester's address as the server saw it (hashed before it is stored).
 * `sendNow`: try the outbox at once (the app does; tests may leave it to `npm run alerts`).
 */
export async function requestAlert(ctx: SignupContext, input: unknown, clientAddress: string, options: { sendNow?: boolean } = {}): Promise<SignupOutcome> {
  const parsed = signupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, ...describeIssue(parsed.error) };
  const { email, frequency } = parsed.data;

  let target: AlertTarget;
  let questionTitle: string | null = null;
  if (parsed.data.question !== undefined) {
    const checked = await checkQuestion(ctx, parsed.data.question);
    if (!checked.ok) return { ok: false, status: 400, error: checked.error, param: 'question' };
    target = checked.target;
    questionTitle = checked.title;
  } else {
    const checked = toSearchTarget(parsed.data.search ?? '');
    if (!checked.ok) return { ok: false, status: 400, error: checked.error, param: checked.param };
    target = checked.target;
  }

  const now = ctx.now?.() ?? new Date();
  const emailHash = hashSecret(`email:${email}`);
  const clientHash = hashSecret(`client:${clientAddress}`);
  const recent = await countRecentSignups(ctx.db, emailHash, clientHash, new Date(now.getTime() - 3_600_000));
  if (recent.byClient >= SIGNUPS_PER_CLIENT_PER_HOUR) return { ok: false, status: 429, error: 'too many alert requests from here; try again in an hour' };
  await recordSignup(ctx.db, emailHash, clientHash, now);
  if (recent.byEmail >= SIGNUPS_PER_ADDRESS_PER_HOUR) return { ok: true };
  if ((await countAlertsOf(ctx.db, email)) >= MAX_ALERTS_PER_ADDRESS) {
    // Only an existing, unconfirmed alert may still get its confirmation again.
    if (!(await findAlert(ctx.db, email, target.kind, target.query))) return { ok: true };
  }
  const { alert } = await upsertPendingAlert(ctx.db, { email, ...target, frequency, now });
  if (alert.confirmedAt) return { ok: true }; // already running: nothing to confirm

  const confirm = newToken();
  const footer = footerTokens(ctx.siteUrl, email);
  const mail = composeConfirmation({
    description: describeAlert(target.kind, target.query, questionTitle),
    confirmUrl: alertLinks(ctx.siteUrl).confirm(confirm.token),
    manageUrl: footer.manageUrl,
    unsubscribeUrl: footer.unsubscribeUrl,
  });
  await queueWithTokens(
    ctx.db,
    [{ hash: confirm.hash, purpose: 'confirm', email, alertId: alert.id, expiresAt: new Date(now.getTime() + CONFIRM_VALID_MS) }, ...footer.tokens],
    { id: randomUUID(), messageId: newMessageId(ctx.siteUrl), email, purpose: 'confirmation', ...mail, unsubscribeUrl: footer.oneClickUrl },
    now,
  );
  if (options.sendNow) {
    // Not awaited: the answer must not wait for (or reveal anything through) the mail server.
    sendQueuedMessages(ctx.db, ctx.mailer, { now: ctx.now, log: ctx.log }).catch((e) =>
      ctx.log?.(`alerts: sending the outbox failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
  return { ok: true };
}
