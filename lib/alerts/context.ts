/**
 * What alert code needs from outside, passed in rather than read from globals so that the CLI,
 * the app and the tests each give their own: the database, the search index, the public origin
 * for links in mail, the mailer and the clock.
 */
import { randomUUID } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import type { NewToken } from '../db/store';
import { getEnv } from '../env';
import type { Mailer } from './mailer';
import { newToken } from './tokens';

export interface AlertContext {
  db: Db;
  search: { client: Meilisearch; indexName: string };
  /** Origin of links in mail: https://host, no path. */
  siteUrl: string;
  mailer: Mailer;
  now?: () => Date;
  log?: (line: string) => void;
}

export function siteUrlFromEnv(): string {
  const env = getEnv();
  return env.SITE_URL ?? `http://localhost:${env.PORT}`;
}

/** Absolute links of the alert pages and of the record. */
export function alertLinks(siteUrl: string) {
  const withToken = (p: string) => (token: string) => `${siteUrl}/alerts/${p}?token=${token}`;
  return {
    confirm: withToken('confirm'),
    manage: withToken('manage'),
    /** The page with an "Unsubscribe" button (a GET never unsubscribes: mail scanners follow links). */
    unsubscribe: withToken('unsubscribe'),
    /** RFC 8058 one-click: a POST here unsubscribes (List-Unsubscribe). */
    oneClickUnsubscribe: (token: string) => `${siteUrl}/api/alerts/unsubscribe?token=${token}`,
    contribution: (id: string) => `${siteUrl}/c/${id}`,
    /** A search hit's own page: a contribution's permalink, or a division's page. */
    hit: (hit: { url: string }) => `${siteUrl}${hit.url}`,
    search: (query: string) => `${siteUrl}/search?${query}`,
  };
}

/** A Message-ID (without <>) on the site's host: a resend after a crash carries the same one. */
export function newMessageId(siteUrl: string): string {
  return `${randomUUID()}@${new URL(siteUrl).hostname}`;
}

/** Fresh manage and unsubscribe tokens for one message to `email`, with their links. */
export function footerTokens(siteUrl: string, email: string): { tokens: NewToken[]; manageUrl: string; unsubscribeUrl: string; oneClickUrl: string } {
  const manage = newToken();
  const unsubscribe = newToken();
  const links = alertLinks(siteUrl);
  return {
    tokens: [
      { hash: manage.hash, purpose: 'manage', email },
      { hash: unsubscribe.hash, purpose: 'unsubscribe', email },
    ],
    manageUrl: links.manage(manage.token),
    unsubscribeUrl: links.unsubscribe(unsubscribe.token),
    oneClickUrl: links.oneClickUnsubscribe(unsubscribe.token),
  };
}
