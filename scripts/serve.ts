/**
 * The production web server (`npm start` runs it after the build; so do the end-to-end tests, the
 * fault tests and the benchmark): Next.js's request handler in WEB_CONCURRENCY worker processes
 * sharing one port (one `next start` uses one core), with the search-page cache of
 * lib/server/page-cache.ts in front. `tsx scripts/serve.ts --port N [--hostname H]`.
 *
 * Needs DATABASE_URL, MEILI_URL (and MEILI_MASTER_KEY), MEILI_INDEX in the environment, as the app.
 * A worker that dies is replaced; SIGINT/SIGTERM stop the workers, then the primary.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextModule from 'next';
import { getEnv } from '../lib/env';
import { createSearchClient } from '../lib/search/client';
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
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies at once would die again: stop rather than loop.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000) {
      console.error(`serve: a server process exited during start-up (${signal ?? `code ${code}`}); stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
      setTimeout(() => process.exit(1), 5000).unref();
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    console.error(`serve: a server process exited (${signal ?? `code ${code}`}); starting another`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function runWorker(): Promise<void> {
  // `next` is CommonJS: its default export arrives as the module object under some loaders.
  const createNext = ((nextModule as unknown as { default?: typeof nextModule }).default ?? nextModule) as typeof nextModule;
  const app = createNext({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const versions = createIndexVersionSource({ search: createSearchClient(env.MEILI_URL!, env.MEILI_MASTER_KEY), indexName: env.MEILI_INDEX, databaseUrl: env.DATABASE_URL! });
  const cache = env.PAGE_CACHE === 'on' ? new PageCache({ version: () => versions.current() }) : null;
  const server = http.createServer((req, res) => {
    const render = () => handle(req, res);
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
  const stop = () => {
    server.close();
    void versions.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
