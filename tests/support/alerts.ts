/** Shared by the alert tests: a clean slate for the alert tables and an AlertContext over the test services. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Db } from '../../lib/db/client';
import type { AlertContext } from '../../lib/alerts/context';
import type { Mailer } from '../../lib/alerts/mailer';
import { ingestPaths } from '../../lib/ingest/ingest';
import type { testRuntime } from './fixtures';
import { ROOT } from './test-services';
import { deleteAllAlerts } from './inventory';
import { getDefaultRegisterIndex } from '../../lib/members';

export const TEST_SITE = 'https://alerts.example';
export const TEST_FROM = 'Hansard search <alerts@alerts.example>';

export async function resetAlerts(db: Db): Promise<void> {
  await deleteAllAlerts(db);
}

export function alertContext(rt: ReturnType<typeof testRuntime>, mailer: Mailer, now?: () => Date): AlertContext {
  return { db: rt.db, search: { client: rt.search, indexName: rt.indexName }, siteUrl: TEST_SITE, mailer, now, log: () => {} };
}

/** Ingests files into the test database and index; fails the test when any file fails. */
export async function ingestForTest(rt: ReturnType<typeof testRuntime>, paths: string[]): Promise<void> {
  const summary = await ingestPaths(paths, { db: rt.db, search: { client: rt.search, indexName: rt.indexName }, register: getDefaultRegisterIndex() });
  if (summary.failed.length || summary.indexError)
    throw new Error(`ingest failed: ${summary.failed.map((f) => f.reason).join('; ')} ${summary.indexError ?? ''}`);
}

/**
 * Runs one of our commands (scripts/NAME.ts) on the test services, with alert mail to `SMTP_URL`
 * when given (else `.eml` files under `DATA_DIR/outbox/`).
 * node --import tsx, not the tsx CLI: the CLI runs the script in a child, which a kill of the CLI
 * would leave running.
 */
export function spawnCommand(rt: ReturnType<typeof testRuntime>, script: string, args: string[], env: Record<string, string>): ChildProcess {
  const s = rt.services;
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: s.databaseUrl,
      MEILI_URL: s.meiliUrl,
      MEILI_MASTER_KEY: s.meiliKey,
      MEILI_INDEX: rt.indexName,
      SITE_URL: TEST_SITE,
      MAIL_FROM: TEST_FROM,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A child's exit, with what it printed: both streams as they came (`output`) and each alone. */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; stdout: string; stderr: string }> {
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c;
    stdout += c;
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c;
    stderr += c;
  });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output, stdout, stderr })));
}

/** The token in a link of ours (…?token=…). */
export function tokenOf(url: string): string {
  const token = new URL(url).searchParams.get('token');
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}
