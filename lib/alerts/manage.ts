/**
 * What the links in alert mail lead to: show the alert a confirmation link asks to start, and start
 * it (single-use; only a POST does, as link scanners in mail systems follow every GET), list and
 * delete the alerts of the address a manage token stands for, unsubscribe the address from all of
 * them. A token that is unknown, malformed, used or expired gets the same "not valid" answer.
 */
import type { Db } from '../db/client';
import {
  confirmAlertByToken,
  deleteAlertOf,
  findPendingConfirmation,
  deleteAlertsOf,
  findQuestionState,
  findTokenEmail,
  listAlertsOf,
  type SavedAlert,
  type AlertKind,
} from '../db/store';
import { describeAlert } from './compose';
import { hashTokenParam } from './tokens';

export interface AlertView {
  id: string;
  description: string;
  frequency: string;
  status: 'waiting for confirmation' | 'active' | 'answered and sent';
  /** Where to see what it watches (site-relative). */
  href: string;
}

async function toView(db: Db, a: SavedAlert): Promise<AlertView> {
  const title = a.kind === 'question' ? ((await findQuestionState(db, a.query))?.title ?? null) : null;
  return {
    id: a.id,
    description: describeAlert(a.kind as AlertKind, a.query, title),
    frequency: a.frequency,
    status: a.firedAt ? 'answered and sent' : a.confirmedAt ? 'active' : 'waiting for confirmation',
    href: a.kind === 'question' ? `/c/${a.query}` : `/search?${a.query}`,
  };
}

/**
 * What a confirmation link asks for, changing nothing: `pending` (the button starts it), `on`
 * (this link started it already), or null when the link is not valid.
 */
export async function viewConfirmation(db: Db, token: string | undefined, now = new Date()): Promise<{ state: 'pending' | 'on'; alert: AlertView } | null> {
  const hashes = hashTokenParam(token);
  const found = hashes ? await findPendingConfirmation(db, hashes, now) : null;
  if (!found || (found.used && !found.alert.confirmedAt)) return null;
  return { state: found.used ? 'on' : 'pending', alert: await toView(db, found.alert) };
}

/** Starts the alert of a confirmation link (the POST of its page's button); null when the link is not valid or used. */
export async function confirmAlert(db: Db, token: string | undefined, now = new Date()): Promise<AlertView | null> {
  const hash = hashTokenParam(token);
  const alert = hash ? await confirmAlertByToken(db, hash, now) : null;
  return alert ? toView(db, alert) : null;
}

/** The owner's view: their address and alerts, or null for a token that is not valid. */
export async function listAlertsByToken(db: Db, token: string | undefined): Promise<{ email: string; alerts: AlertView[] } | null> {
  const hash = hashTokenParam(token);
  const email = hash ? await findTokenEmail(db, hash, 'manage') : null;
  if (!email) return null;
  const alerts = await listAlertsOf(db, email);
  return { email, alerts: await Promise.all(alerts.map((a) => toView(db, a))) };
}

/** Deletes one alert (`alertId`) or all of them (null) for a manage token; false when the token is not valid. */
export async function deleteAlertsByToken(db: Db, token: string | undefined, alertId: string | null): Promise<boolean> {
  const hash = hashTokenParam(token);
  const email = hash ? await findTokenEmail(db, hash, 'manage') : null;
  if (!email) return false;
  if (alertId) await deleteAlertOf(db, email, alertId);
  else await deleteAlertsOf(db, email);
  return true;
}

/** One-click unsubscribe (RFC 8058): every alert of the address goes. False when the token is not valid. */
export async function unsubscribeByToken(db: Db, token: string | undefined): Promise<boolean> {
  const hash = hashTokenParam(token);
  const email = hash ? await findTokenEmail(db, hash, 'unsubscribe') : null;
  if (!email) return false;
  await deleteAlertsOf(db, email);
  return true;
}
