/**
 * The built app (`next start`) against a fault test's own services, on that test's app port.
 * Uses the slot's build dir (tests/support/test-services.ts TEST_DIST_DIR), building it first
 * when the sources are newer — the same build the end-to-end stage uses.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isBuildStale, runNextBuild } from '../../../scripts/support/next-build';
import { ROOT, TEST_DIST_DIR } from '../../support/test-services';

export function ensureAppBuilt(): void {
  process.env.NEXT_DIST_DIR = TEST_DIST_DIR;
  if (isBuildStale(ROOT)) runNextBuild(ROOT);
}

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
  /** What the server wrote on stderr (errors it logged). */
  stderr(): string;
}

export async function startApp(port: number, env: Record<string, string>): Promise<RunningApp> {
  ensureAppBuilt();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}: ${stderr.slice(-500)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the app did not answer within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
