/**
 * Runs one of our commands (`scripts/<name>.ts`, as `npm run <name>` runs it) against the bench's
 * services in a process group of its own: its wall time, its peak RSS (VmHWM from /proc, read
 * while it runs: the last reading before it exits is its peak), what it printed, and a way to kill
 * it — and whatever it started, such as rsync — with SIGKILL, as a crash or a power cut would.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchServices } from './services';

export interface CommandRun {
  seconds: number;
  /** Peak resident memory of the command's node process, MB (null where /proc cannot tell). */
  peakRssMb: number | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCommand {
  done: Promise<CommandRun>;
  /** SIGKILL to the whole process group. */
  kill(): void;
}

/** The environment our commands read their services from (lib/env.ts). */
export function commandEnv(services: BenchServices, indexName: string, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    ...(services.meiliKey ? { MEILI_MASTER_KEY: services.meiliKey } : {}),
    MEILI_INDEX: indexName,
    DATA_DIR: dataDir,
  };
}

export function startCommand(root: string, script: string, args: string[], env: NodeJS.ProcessEnv, nodeOptions: string[] = []): RunningCommand {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', path.join(root, 'scripts', script), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c));
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  let peakKb: number | null = null;
  const readPeak = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb ?? 0, Number(m[1]));
    } catch {
      // gone, or no /proc: the last reading stands
    }
  };
  const timer = setInterval(readPeak, 250);
  const done = new Promise<CommandRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearInterval(timer);
      resolve({
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakRssMb: peakKb === null ? null : Math.round(peakKb / 1024),
        code,
        signal,
        stdout,
        stderr,
      });
    });
  });
  return {
    done,
    kill: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}
