/**
 * Child processes for fault tests: the ingest CLI exactly as a user runs it (`tsx scripts/ingest.ts`),
 * in its own process group so that SIGKILL takes it and every helper it spawned (tsx's worker,
 * `prisma migrate deploy`) at once, as a kill -9 of a terminal session would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../support/test-services';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  done: Promise<Finished>;
  /** SIGKILL to the whole process group; resolves when the leader is gone. */
  kill9(): Promise<Finished>;
  exited(): boolean;
}

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export function spawnScript(script: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(TSX, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  let finished = false;
  const done = new Promise<Finished>((resolve) =>
    child.once('close', (code, signal) => {
      finished = true;
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return {
    child,
    done,
    exited: () => finished,
    kill9: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      return done;
    },
  };
}

export function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 180_000): Promise<Finished> {
  const run = spawnScript(script, args, env);
  const timer = setTimeout(() => void run.kill9(), timeoutMs);
  return run.done.finally(() => clearTimeout(timer));
}
