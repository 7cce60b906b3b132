/**
 * The production web server (`npm start` runs it after the build; so do the end-to-end tests, the
 * fault tests and the benchmark): Next.js's request handler in WEB_CONCURRENCY worker processes
 * sharing one port (one `next start` uses one core), with the search-page cache of
 * lib/server/page-cache.ts in front and admission control (lib/server/admission.ts) before every
 * render: past ADMISSION_* the answer is 503 with Retry-After, and so is a render that failed for
 * want of database connections or time. `tsx scripts/serve.ts --port N [--hostname H]`.
 *
 * Needs DATABASE_URL, MEILI_URL (and MEILI_SEARCH_KEY, the search-only key: lib/search/api-keys.ts),
 * MEILI_INDEX in the environment, as the app. Adds HSTS to every answer when SITE_URL is https.
 * Every request carries the client address (socket, or TRUST_PROXY's X-Forwarded-For entry) to the
 * routes in a header no client can set (lib/http/client-address.ts).
 * A worker that dies is replaced; SIGINT/SIGTERM stop the workers, then the primary.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextModule from 'next';
import { watchDatabaseTrouble } from '../lib/db/trouble-watch';
import { appMeiliKey, getEnv } from '../lib/env';
import { newClientAddressHeader, stampClientAddress } from '../lib/http/client-address';
import { answerOverloadAs503, writeOverloaded } from '../lib/http/overloaded';
import { strictTransportSecurity } from '../lib/http/security-headers';
import { createSearchClient } from '../lib/search/index-admin';
import { AdmissionGate, bypassesAdmission } from '../lib/server/admission';
import { createIndexVersionSource } from '../lib/server/index-version';
import { PageCache } from '../lib/server/page-cache';
import { fail } from './support/cli';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

let env: ReturnType<typeof getEnv>;
try {
  env = getEnv();
} catch (e) {
  fail(`serve: ${e instanceof Error ? e.message : String(e)}`);
}
const port = Number(option('port', String(env.PORT)));
const hostname = option('hostname', '127.0.0.1');
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`serve: --port must be a port number, got ${JSON.stringify(option('port', ''))}`, 2);
if (!env.DATABASE_URL || !env.MEILI_URL) fail('serve: DATABASE_URL and MEILI_URL must be set (npm start sets them)', 2);
const workers = env.WEB_CONCURRENCY ?? Math.min(2, availableParallelism());

if (cluster.isPrimary && workers > 1) await runPrimary();
else await runWorker();

async function runPrimary(): Promise<void> {
  let stopping: { code: number } | null = null;
  const running = () => Object.keys(cluster.workers ?? {}).length;
  /** Stops every worker, then exits with `code` once they are gone (or after 5 s). */
  const stop = (code: number) => {
    if (stopping) return;
    stopping = { code };
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    setTimeout(() => process.exit(code), 5000).unref();
    if (running() === 0) process.exit(code);
  };
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (running() === 0) process.exit(stopping.code);
      return;
    }
    // A worker that dies at once would die again: stop rather than loop.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000) {
      console.error(`serve: a server process exited during start-up (${signal ?? `code ${code}`}); stopping`);
      stop(1);
      return;
    }
    console.error(`serve: a server process exited (${signal ?? `code ${code}`}); starting another`);
    fork();
  });
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}

async function runWorker(): Promise<void> {
  // `next` is CommonJS: its default export arrives as the module object under some loaders.
  const createNext = ((nextModule as unknown as { default?: typeof nextModule }).default ?? nextModule) as typeof nextModule;
  // Routes learn the client address from this header alone (lib/http/client-address.ts); the app's
  // own copy of lib/env reads the name from here, so it is published before Next.js loads the app.
  const clientAddressHeader = newClientAddressHeader();
  process.env.CLIENT_ADDRESS_HEADER = clientAddressHeader;
  const app = createNext({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = env.PAGE_CACHE === 'on' ? createPageCache() : null;
  const hsts = strictTransportSecurity(env.SITE_URL);
  const gate = new AdmissionGate({ maxInFlight: env.ADMISSION_MAX_IN_FLIGHT, maxQueued: env.ADMISSION_MAX_QUEUED, maxWaitMs: env.ADMISSION_MAX_WAIT_MS });
  const server = http.createServer((req, res) => {
    stampClientAddress(req, clientAddressHeader, env.TRUST_PROXY);
    if (hsts) res.setHeader('strict-transport-security', hsts);
    const render = () => renderAdmitted(gate, req, res, () => handle(req, res));
    (cache ? cache.handle(req, res, render) : render()).catch((e: unknown) => {
      console.error(`serve: ${req.method} ${req.url}: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('error', (e: NodeJS.ErrnoException) => {
    fail(e.code === 'EADDRINUSE' ? `serve: port ${port} is in use: set PORT to a free one` : `serve: ${e.message}`);
  });
  server.listen(port, hostname);
  // Nothing to finish: requests in flight are cut either way, and connections close with the process.
  process.on('SIGINT', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}

/** Renders within the gate's limits (503 past them); a render the database failed for want of connections or time is a 503 too. */
async function renderAdmitted(gate: AdmissionGate, req: http.IncomingMessage, res: http.ServerResponse, render: () => Promise<void>): Promise<void> {
  if (bypassesAdmission(req.url)) return render();
  const release = await gate.enter();
  if (!release) return writeOverloaded(req, res);
  // On 'close' (after the response is sent, or when the client hangs up): Next's handler may never
  // settle for a request the browser aborted, such as a prefetch cut by a navigation.
  res.once('close', release);
  try {
    await watchDatabaseTrouble((troubled) => {
      answerOverloadAs503(res, troubled);
      return render();
    });
  } finally {
    release();
  }
}

function createPageCache(): PageCache {
  const versions = createIndexVersionSource({
    search: createSearchClient(env.MEILI_URL!, appMeiliKey(env)),
    indexName: env.MEILI_INDEX,
    databaseUrl: env.DATABASE_URL!,
  });
  return new PageCache({ version: () => versions.current() });
}
