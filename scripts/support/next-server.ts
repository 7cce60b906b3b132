/**
 * The built app as `npm start` serves it (scripts/serve.ts: Next.js workers behind the search-page
 * cache) as a child process on a loopback port, waited for until it answers: the one way the
 * end-to-end setup, the fault tests and the benchmark run the built app.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

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
  /** DATABASE_URL, MEILI_URL, … for the server. */
  env: Record<string, string>;
  timeoutMs?: number;
  /** Also copy the server's stderr to ours. */
  echoStderr?: boolean;
}

export async function startNextServer(o: NextServerOptions): Promise<NextServer> {
  // tsx as a loader of this node process (not its CLI, which would add a process between us and the server).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(o.root, 'scripts/serve.ts'), '--port', String(o.port), '--hostname', '127.0.0.1'], {
    cwd: o.root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...o.env, NEXT_DIST_DIR: o.distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
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
