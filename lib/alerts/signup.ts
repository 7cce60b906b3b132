/**
 * Asking for an alert (POST /api/alerts and the "Email me" form): checks the request, applies the
 * limits, and queues one confirmation message. The answer is the same whatever the address — new,
 * known, confirmed, over its limit — so nobody can learn who has alerts; only bad input (400) and
 * a client over its own limit (429) are told apart.
 */
import { randomUUID } from 'node:crypto';
import { admitSignup, findQuestionState, type SignupLimits } from '../db/store';
import { getEnv } from '../env';
import { composeConfirmation } from './compose';
import { alertLinks, footerTokens, newMessageId, type AlertContext } from './context';
import { sendQueuedMessages } from './mailer';
import { describeIssue, MAX_ALERTS_PER_ADDRESS, signupSchema, toSearchTarget, type AlertTarget } from './schemas';
import { keyedHash, newToken } from './tokens';

/** How long a confirmation link works; an alert nobody confirmed is purged after it (lib/alerts/deliver.ts). */
export const CONFIRM_VALID_MS = 7 * 86_400_000;

/** The limits from the environment (docs/security.md says what each is). */
export function signupLimitsFromEnv(): SignupLimits {
  const env = getEnv();
  return {
    perAddressPerHour: env.ALERTS_PER_ADDRESS_PER_HOUR,
    perClientPerHour: env.ALERTS_PER_CLIENT_PER_HOUR,
    confirmationsPerHour: env.ALERTS_CONFIRMATIONS_PER_HOUR,
    alertsPerAddress: MAX_ALERTS_PER_ADDRESS,
  };
}

/** Signing up needs no search index; `limits` default to the environment's. */
export type SignupContext = Omit<AlertContext, 'search'> & { limits?: SignupLimits };

/** The one answer to every well-formed sign-up, whatever the address (no enumeration). */
export const ACCEPTED = { status: 'accepted', message: 'If this address can receive mail, a message asking to confirm the alert is on its way.' } as const;

export type SignupOutcome = { ok: true } | { ok: false; status: 400 | 429 | 503; error: string; param?: string };

/** Sign-ups of this process waiting their turn at most; beyond it 503 (the server is past its capacity for them). */
export const MAX_WAITING_SIGNUPS = 500;
let turn: Promise<unknown> = Promise.resolve();
let waiting = 0;

/**
 * One sign-up of this process at a time: each holds the advisory lock (lib/db/alerts.ts) for a few
 * statements, and a crowd waiting on it in Postgres would hold every pooled connection meanwhile.
 * Here they wait in memory and take a connection in turn; the lock still orders processes.
 */
function inTurn<T>(work: () => Promise<T>): Promise<T> | null {
  if (waiting >= MAX_WAITING_SIGNUPS) return null;
  waiting++;
  const result = turn.then(work);
  turn = result.catch(() => {}).finally(() => waiting--);
  return result;
}

async function checkQuestion(ctx: SignupContext, id: string): Promise<{ ok: true; target: AlertTarget } | { ok: false; error: string }> {
  const question = await findQuestionState(ctx.db, id);
  if (question?.type !== 'question') return { ok: false, error: 'question must be the id of a stored question (the id in its /c/{id} link)' };
  return { ok: true, target: { kind: 'question', query: id } };
}

/**
 * `client`: who is asking, as the per-client limit counts it (lib/http/client-address.ts
 * rateLimitClientOf; only its keyed hash is stored). `sendNow`: try the outbox at once (the app does; tests may leave it to
 * `npm run alerts`).
 */
export async function requestAlert(ctx: SignupContext, input: unknown, client: string, options: { sendNow?: boolean } = {}): Promise<SignupOutcome> {
  const parsed = signupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, ...describeIssue(parsed.error) };
  const { email, frequency } = parsed.data;

  let target: AlertTarget;
  if (parsed.data.question !== undefined) {
    const checked = await checkQuestion(ctx, parsed.data.question);
    if (!checked.ok) return { ok: false, status: 400, error: checked.error, param: 'question' };
    target = checked.target;
  } else {
    const checked = toSearchTarget(parsed.data.search ?? '');
    if (!checked.ok) return { ok: false, status: 400, error: checked.error, param: checked.param };
    target = checked.target;
  }

  const now = ctx.now?.() ?? new Date();
  const limits = ctx.limits ?? signupLimitsFromEnv();
  const signup = { email, ...target, frequency, now, emailHash: keyedHash(`email:${email}`), clientHash: keyedHash(`client:${client}`) };
  const admission = await inTurn(() =>
    admitSignup(ctx.db, signup, limits, (alert) => {
      const confirm = newToken();
      const footer = footerTokens(ctx.siteUrl, email);
      // Fixed words only: what was asked for is shown on our site, behind the link (no searcher's text in mail).
      const mail = composeConfirmation({
        confirmUrl: alertLinks(ctx.siteUrl).confirm(confirm.token),
        manageUrl: footer.manageUrl,
        unsubscribeUrl: footer.unsubscribeUrl,
      });
      return {
        tokens: [{ hash: confirm.hash, purpose: 'confirm', email, alertId: alert.id, expiresAt: new Date(now.getTime() + CONFIRM_VALID_MS) }, ...footer.tokens],
        message: { id: randomUUID(), messageId: newMessageId(ctx.siteUrl), email, purpose: 'confirmation', ...mail, unsubscribeUrl: footer.oneClickUrl },
      };
    }),
  );
  if (admission === null) return { ok: false, status: 503, error: 'too many alert requests at once; try again in a minute' };
  if (admission === 'client-limit') return { ok: false, status: 429, error: 'too many alert requests from here; try again in an hour' };
  if (admission === 'hourly-cap')
    ctx.log?.(`alerts: the hourly cap of ${limits.confirmationsPerHour} confirmation messages is reached; sign-ups send nothing until it clears`);
  if (admission === 'queued' && options.sendNow) {
    // Not awaited: the answer must not wait for (or reveal anything through) the mail server.
    sendQueuedMessages(ctx.db, ctx.mailer, { now: ctx.now, log: ctx.log }).catch((e) =>
      ctx.log?.(`alerts: sending the outbox failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
  return { ok: true };
}
