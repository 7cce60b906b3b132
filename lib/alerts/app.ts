/**
 * The app server's side of alerts: the context routes pass to lib/alerts (the shared database
 * client, the mailer from SMTP_URL / MAIL_FROM, links on SITE_URL), and the client address that
 * sign-up limits count by.
 */
import 'server-only';
import { getDb } from '../db/client';
import { siteUrlFromEnv } from './context';
import { createMailer, mailerOptionsFromEnv, type Mailer } from './mailer';
import type { SignupContext } from './signup';

let mailer: Mailer | undefined;

export function getAppAlertContext(): SignupContext {
  const log = (line: string) => console.log(line);
  mailer ??= createMailer(mailerOptionsFromEnv(log));
  return { db: getDb(), siteUrl: siteUrlFromEnv(), mailer, log };
}

/**
 * Who is asking, for the per-client limit: the first X-Forwarded-For hop a reverse proxy set, else
 * X-Real-IP, else one shared bucket (Next.js's route handlers do not see the socket). Behind no
 * proxy the header is the client's word: the per-address limit still holds.
 */
export function clientAddressOf(req: Request): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || req.headers.get('x-real-ip')?.trim() || 'direct';
}
