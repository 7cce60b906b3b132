/**
 * Sends the outbox (lib/db/store/alert-outbox.ts) with nodemailer: over SMTP at SMTP_URL (STARTTLS when
 * the server offers it, and required whenever the URL carries credentials), or, without SMTP_URL, as one `.eml` file per message under
 * DATA_DIR/outbox/ so the whole flow works on a fresh machine. A failed send is retried with
 * exponential backoff; logs name messages by Message-ID, never by address.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Db } from '../db/client';
import { claimDueMessages, markMessageFailed, markMessageSent, withOutboxLock, type AlertMessage } from '../db/store';
import { getEnv } from '../env';

export interface Mailer {
  /** Resolves once the message is accepted (SMTP 250) or written. */
  send(message: AlertMessage): Promise<void>;
  /** "smtp://host:port" or the outbox folder: for logs (no credentials). */
  readonly target: string;
  close(): void;
}

export interface MailerOptions {
  smtpUrl?: string;
  from: string;
  /** Where .eml files go without smtpUrl. */
  outboxDir: string;
  log?: (line: string) => void;
}

export function mailerOptionsFromEnv(log?: (line: string) => void): MailerOptions {
  const env = getEnv();
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, outboxDir: path.join(env.DATA_DIR, 'outbox'), log };
}

/** nodemailer's view of a message: List-Unsubscribe with its RFC 8058 one-click companion. */
function toMailOptions(from: string, m: AlertMessage): SendMailOptions {
  return {
    from,
    to: m.email,
    subject: m.subject,
    text: m.text,
    html: m.html,
    messageId: `<${m.messageId}>`,
    headers: {
      'List-Unsubscribe': `<${m.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/**
 * Credentials must never cross the network in clear: over smtp:// with a user or password, the
 * connection upgrades with STARTTLS or nothing is sent (smtps:// is TLS from the first byte).
 */
export function requiresStartTls(smtpUrl: string): boolean {
  const url = new URL(smtpUrl);
  return url.protocol === 'smtp:' && (url.username !== '' || url.password !== '');
}

export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    const transport = nodemailer.createTransport(options.smtpUrl);
    // Set on the SMTP transport's own options (the Mailer's `options` are another object that no
    // connection reads), after the URL was parsed into them, so nothing in the URL can undo these.
    Object.assign((transport.transporter as unknown as { options: Record<string, unknown> }).options, {
      // Fail fast enough that a run with the server down finishes; the message waits for the next run.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      // nodemailer lets requireTLS win over an ignoreTLS the URL may carry.
      ...(requiresStartTls(options.smtpUrl) ? { requireTLS: true } : {}),
    });
    return {
      target: `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`,
      send: async (m) => {
        await transport.sendMail(toMailOptions(options.from, m));
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    target: options.outboxDir,
    send: async (m) => {
      const info = await transport.sendMail(toMailOptions(options.from, m));
      await mkdir(options.outboxDir, { recursive: true });
      const file = path.join(options.outboxDir, `${m.messageId.replace(/[^A-Za-z0-9.@-]/g, '_')}.eml`);
      await writeFile(`${file}.tmp`, info.message as Buffer);
      await rename(`${file}.tmp`, file); // a reader never sees half a message
      options.log?.(`alerts: wrote ${file}`);
    },
    close: () => transport.close(),
  };
}

/** After this many failed attempts a message is marked failed (about two days of backoff). */
export const MAX_ATTEMPTS = 10;

/** Wait before attempt n+1: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 6 * 3_600_000);
}

/** SMTP replies often quote the recipient ("550 <x@y>: no such user"): logs must not. */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]');
}

export interface SendSummary {
  sent: number;
  retrying: number;
  failed: number;
  /** Another sender held the outbox: it sends what is due. */
  busy: boolean;
}

/** Sends every due message once, under the outbox lock. */
export async function sendQueuedMessages(db: Db, mailer: Mailer, options: { now?: () => Date; log?: (line: string) => void } = {}): Promise<SendSummary> {
  const now = options.now ?? (() => new Date());
  const summary: SendSummary = { sent: 0, retrying: 0, failed: 0, busy: false };
  const done = await withOutboxLock(db, async () => {
    for (;;) {
      const batch = await claimDueMessages(db, 10, now());
      if (!batch.length) return;
      for (const m of batch) {
        try {
          await mailer.send(m);
        } catch (e) {
          const reason = withoutAddresses((e instanceof Error ? e.message : String(e)).split('\n')[0]).slice(0, 300);
          const retryAt = m.attempts >= MAX_ATTEMPTS ? null : new Date(now().getTime() + retryDelayMs(m.attempts));
          await markMessageFailed(db, m.id, reason, retryAt);
          if (retryAt) summary.retrying++;
          else summary.failed++;
          options.log?.(
            `alerts: message ${m.messageId} not sent via ${mailer.target} (attempt ${m.attempts}): ${reason}${retryAt ? `; retry after ${retryAt.toISOString()}` : '; given up'}`,
          );
          continue;
        }
        await markMessageSent(db, m.id, now());
        summary.sent++;
      }
    }
  });
  if (done === null) summary.busy = true;
  return summary;
}
