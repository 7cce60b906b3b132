/** Shared by the alert tests: a clean slate for the alert tables and an AlertContext over the test services. */
import type { Db } from '../../lib/db/client';
import type { AlertContext } from '../../lib/alerts/context';
import type { Mailer } from '../../lib/alerts/mailer';
import { ingestPaths } from '../../lib/ingest/ingest';
import type { testRuntime } from './fixtures';

export const TEST_SITE = 'https://alerts.example';
export const TEST_FROM = 'Hansard search <alerts@alerts.example>';

export async function resetAlerts(db: Db): Promise<void> {
  await db.$executeRawUnsafe('TRUNCATE "Alert", "AlertSentItem", "AlertToken", "AlertMessage", "AlertSignup" CASCADE');
}

export function alertContext(rt: ReturnType<typeof testRuntime>, mailer: Mailer, now?: () => Date): AlertContext {
  return { db: rt.db, search: { client: rt.search, indexName: rt.indexName }, siteUrl: TEST_SITE, mailer, now, log: () => {} };
}

/** Ingests files into the test database and index; fails the test when any file fails. */
export async function ingestForTest(rt: ReturnType<typeof testRuntime>, paths: string[]): Promise<void> {
  const summary = await ingestPaths(paths, { db: rt.db, search: { client: rt.search, indexName: rt.indexName } });
  if (summary.failed.length || summary.indexError)
    throw new Error(`ingest failed: ${summary.failed.map((f) => f.reason).join('; ')} ${summary.indexError ?? ''}`);
}

/** The token in a link of ours (…?token=…). */
export function tokenOf(url: string): string {
  const token = new URL(url).searchParams.get('token');
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}
