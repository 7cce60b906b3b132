/**
 * The app server's side of alerts: the context routes pass to lib/alerts (the shared database
 * client, the mailer from SMTP_URL / MAIL_FROM, links on SITE_URL). Who is asking comes from
 * lib/http/client-address.ts.
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
