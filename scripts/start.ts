/**
 * `npm start`: services (embedded unless DATABASE_URL / MEILI_URL are set), migrations, seeds when
 * the database is empty, index catch-up, a build when the sources are newer than it, then the app
 * on PORT. Ctrl-C stops everything it started.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countDocuments } from '../lib/db/store';
import { getLoadedRegister } from '../lib/db/store';
import { getEnv } from '../lib/env';
import { indexPendingDocuments } from '../lib/ingest/index-documents';
import { ingestPaths } from '../lib/ingest/ingest';
import { openRuntime } from '../lib/runtime';
import { ensureAppSearchKey, webProcessEnv } from '../lib/search/api-keys';
import { isPortFree } from '../lib/embedded/ports';
import { loadCurrentRegister } from '../lib/members/current';
import { importRegister } from '../lib/members/import';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runCommand } from './support/cli';
import { isBuildStale, runNextBuild } from './support/next-build';
import { startSyncSchedule } from './support/sync-schedule';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');

await runCommand('start', async () => {
  const env = getEnv();
  if (!(await isPortFree(env.PORT))) throw new Error(`port ${env.PORT} is taken: set PORT to a free port (e.g. PORT=3001 npm start)`);
  const runtime = await openRuntime({ log: (l) => console.log(l) });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await runtime.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    console.log(`start: Postgres ${redact(runtime.services.databaseUrl)}, Meilisearch ${runtime.services.meiliUrl}`);
    const current = loadCurrentRegister();
    const loaded = await getLoadedRegister(runtime.db);
    const sha256 = createHash('sha256').update(readFileSync(current.path)).digest('hex');
    if (!loaded) {
      // Speaker pages show register persons; the first start loads the register (~10 s): the bundled one, or the last sync's.
      const imported = await importRegister(runtime.db, current.register, { path: current.path, sha256 });
      console.log(`start: member register imported — ${imported.counts.persons} persons, ${imported.counts.offices} offices`);
    } else if (loaded.sha256 === sha256 && loaded.officesKnownUntil == null) {
      // The same register, imported before its offices' end date was stored: the import records it and keeps the rows.
      await importRegister(runtime.db, current.register, { path: current.path, sha256 });
    }
    if ((await countDocuments(runtime.db)) === 0) {
      // The five seed documents and the shipped real Hansard (hansard/, ~3,600 contributions, a few seconds).
      const summary = await ingestPaths([path.join(root, 'seeds'), path.join(root, 'hansard')], {
        db: runtime.db,
        search: { client: runtime.search, indexName: runtime.indexName },
        register: current.index,
      });
      console.log(
        `start: empty database — ingested seeds/ and hansard/: ${summary.stored} documents, ${summary.contributions} contributions${summary.failed.length ? `, ${summary.failed.length} failed` : ''}`,
      );
      for (const f of summary.failed) console.error(f.reason);
    }
    try {
      // Not waiting out a reindex or a sync's pass that holds the index lock: that pass drains what waits.
      const caughtUp = await indexPendingDocuments(runtime.db, runtime.search, runtime.indexName, { ifBusy: 'skip' });
      if (caughtUp.busy) console.log('start: another index pass or a reindex is running; it indexes what waits');
      else if (caughtUp.documents) console.log(`start: indexed ${caughtUp.documents} documents that were waiting for the index`);
    } catch (e) {
      console.error(`start: the search index could not be updated (${e instanceof Error ? e.message : e}); search will say so until it is`);
    }
    if (!dev && isBuildStale(root)) {
      console.log('start: building the app (sources are newer than the last build)…');
      runNextBuild(root);
    }
  } catch (e) {
    await runtime.close();
    throw e;
  }
  // Production: scripts/serve.ts (Next.js workers on every core, behind the search-page cache), with
  // tsx as this node's loader; development: `next dev`.
  const serverArgs = dev
    ? [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '-p', String(env.PORT), '-H', '127.0.0.1']
    : ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts'), '--port', String(env.PORT), '--hostname', '127.0.0.1'];
  // The sync writes documents: it gets the master key. The web server only searches: it gets a
  // search-only key instead, and the master key is nowhere in its environment (lib/search/api-keys.ts).
  const servicesEnv = {
    ...process.env,
    DATABASE_URL: runtime.services.databaseUrl,
    MEILI_URL: runtime.services.meiliUrl,
    ...(runtime.services.meiliKey ? { MEILI_MASTER_KEY: runtime.services.meiliKey } : {}),
    MEILI_INDEX: runtime.indexName,
  };
  let searchKey: string | undefined;
  if (runtime.services.meiliKey) {
    try {
      searchKey = await ensureAppSearchKey(runtime.search, runtime.indexName);
    } catch (e) {
      console.error(`start: ${e instanceof Error ? e.message : e}; search will say it is unavailable until a restart with Meilisearch up`);
    }
  }
  const next = spawn(process.execPath, serverArgs, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...webProcessEnv(servicesEnv, { masterKey: runtime.services.meiliKey, searchKey }),
      NEXT_TELEMETRY_DISABLED: '1',
      ...(dev ? {} : { NODE_ENV: 'production' }),
    } as NodeJS.ProcessEnv,
  });
  console.log(`start: serving on http://localhost:${env.PORT} (Ctrl-C stops it)`);
  const schedule = env.SYNC_INTERVAL ? startSyncSchedule({ root, intervalMs: env.SYNC_INTERVAL, env: servicesEnv, log: (l) => console.log(l) }) : null;
  if (schedule) console.log(`start: syncing from parldata and the Written Questions API every ${process.env.SYNC_INTERVAL} (SYNC_INTERVAL)`);
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const stopAll = () => {
    schedule?.stop();
    next.kill('SIGTERM');
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  const code: number = await new Promise((resolve) => next.once('exit', (c) => resolve(c ?? 0)));
  await runtime.close();
  return code;
});

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
