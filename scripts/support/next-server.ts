/**
 * The built app as `npm start` serves it (scripts/serve.ts: Next.js workers behind the search-page
 * cache) as a child process on a loopback port, waited for until it answers: the one way the
 * end-to-end setup, the fault tests and the benchmark run the built app.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureAppSearchKey, webProcessEnv } from '../../lib/search/api-keys';
import { createSearchClient } from '../../lib/search/index-admin';

export interface NextServer {
  url: string;
  /** The server's process (its workers are its children). */
  pid: number | undefined;
  stop(): Promise<void>;
  /** The last 20 kB the server wrote on stderr (errors it logged). */
  stderr(): string;
}

export interface NextServerOptions {
  root: string;
  port: number;
  /** Build folder (next.config.ts reads NEXT_DIST_DIR). */
  distDir: string;
  /** DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX, … for the server. */
  env: Record<string, string>;
  /**
   * 'search-only' (the default, as `npm start`): the server gets the app's search-only key, made
   * with MEILI_MASTER_KEY, and the master key is nowhere in its environment. 'as-given': the env as
   * passed, for a test that starts the app while Meilisearch is down (no key can be made then).
   */
  meiliKey?: 'search-only' | 'as-given';
  timeoutMs?: number;
  /** Also copy the server's stderr to ours. */
  echoStderr?: boolean;
  /** Options for the server's node (the page profile's `--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
}

export async function startNextServer(o: NextServerOptions): Promise<NextServer> {
  // tsx as a loader of this node process (not its CLI, which would add a process between us and the server).
  const child = spawn(
    process.execPath,
    [...(o.nodeArgs ?? []), '--import', 'tsx', path.join(o.root, 'scripts/serve.ts'), '--port', String(o.port), '--hostname', '127.0.0.1'],
    {
      cwd: o.root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...(await serverEnv(o)), NEXT_DIST_DIR: o.distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-20_000);
    if (o.echoStderr) process.stderr.write(c);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const url = `http://127.0.0.1:${o.port}`;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // The home page reads no database: any answer below 500 means the server is up.
      if ((await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) })).status < 500) return { url, pid: child.pid, stop, stderr: () => stderr };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}: ${stderr.slice(-500)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Our environment and `o.env`, with the search-only key in place of the master key unless told otherwise. */
async function serverEnv(o: NextServerOptions): Promise<Record<string, string>> {
  const env = { ...process.env, ...o.env } as Record<string, string>;
  const masterKey = env.MEILI_MASTER_KEY;
  if ((o.meiliKey ?? 'search-only') === 'as-given' || !masterKey || !env.MEILI_URL) return env;
  const searchKey = await ensureAppSearchKey(createSearchClient(env.MEILI_URL, masterKey), env.MEILI_INDEX ?? 'contributions');
  return webProcessEnv(env, { masterKey, searchKey });
}
