/**
 * End-to-end setup: real services (own data dir), the seeds ingested into a fresh database and
 * index, the app built if its sources changed, a real SMTP server on loopback for alert mail, and
 * `next start` on E2E_PORT. Tests reach the services through the TEST_* / E2E_* variables set here
 * (workers inherit them). Returns the teardown.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { ingestPaths } from '../../lib/ingest/ingest';
import { DEFAULT_REGISTER_PATH, loadRegister } from '../../lib/members';
import { importRegister } from '../../lib/members/import';
import { createSearchClient, ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { isBuildStale, runNextBuild } from '../../scripts/support/next-build';
import { startNextServer } from '../../scripts/support/next-server';
import { resetDatabase } from '../support/fixtures';
import { startTestSmtpServer } from '../support/smtp-server';
import { exportServices, ROOT, startTestServices, TEST_DATA_DIR, TEST_DIST_DIR, TEST_PORTS } from '../support/test-services';
import { getDefaultRegisterIndex } from '../../lib/members';

export const E2E_INDEX = 'e2e_contributions';

export default async function globalSetup() {
  const port = TEST_PORTS.app;
  process.env.NEXT_DIST_DIR = TEST_DIST_DIR;
  const services = await startTestServices();
  const db = createDb(services.databaseUrl);
  const search = createSearchClient(services.meiliUrl, services.meiliKey);
  await resetDatabase(db);
  // Speaker pages show register persons (as `npm start` does on first start); a few seconds, skipped when unchanged.
  const sha256 = createHash('sha256').update(readFileSync(DEFAULT_REGISTER_PATH)).digest('hex');
  await importRegister(db, loadRegister(DEFAULT_REGISTER_PATH), { path: DEFAULT_REGISTER_PATH, sha256 });
  const index = await ensureIndex(search, E2E_INDEX);
  await waitForTask(index.deleteAllDocuments(), 'clearing the e2e index');
  // The seeds, and one shipped real Westminster Hall day file (venue, TheyWorkForYou links, WH citations).
  const westminsterHall = path.join(ROOT, 'hansard/scrapedxml/westminhall/westminster2009-10-28a.xml');
  const summary = await ingestPaths([path.join(ROOT, 'seeds'), westminsterHall], {
    db,
    search: { client: search, indexName: E2E_INDEX },
    register: getDefaultRegisterIndex(),
  });
  await db.$disconnect();
  if (summary.failed.length) throw new Error(`e2e setup: fixtures failed to ingest: ${summary.failed.map((f) => f.reason).join('; ')}`);
  if (isBuildStale(ROOT)) runNextBuild(ROOT);

  // Alert mail goes to a real SMTP server on loopback, which files each message for the tests to read.
  const mailDir = path.join(TEST_DATA_DIR, 'e2e-mail');
  rmSync(mailDir, { recursive: true, force: true });
  const smtp = await startTestSmtpServer({ dir: mailDir });
  // Real mail needs an https SITE_URL (lib/env.ts): the tests open its links' paths on the app.
  const siteUrl = 'https://e2e.example';
  exportServices(services);
  Object.assign(process.env, { E2E_MAIL_DIR: mailDir, E2E_SMTP_URL: smtp.url, E2E_SITE_URL: siteUrl });

  const server = await startNextServer({
    root: ROOT,
    port,
    distDir: TEST_DIST_DIR,
    timeoutMs: 30_000,
    echoStderr: true,
    env: {
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliKey,
      MEILI_INDEX: E2E_INDEX,
      SMTP_URL: smtp.url,
      SITE_URL: siteUrl,
      MAIL_FROM: 'Hansard search <alerts@127.0.0.1>',
    },
  });
  // The server's process, for the spec that reads its environment (tests/e2e/security-headers.spec.ts).
  process.env.E2E_SERVER_PID = String(server.pid);
  return async () => {
    await server.stop();
    await smtp.stop();
    await services.stop();
  };
}
