/**
 * Applies prisma/migrations with `prisma migrate deploy` (the Wasm schema engine: no download).
 * The preload un-refs the engine's 10 s advisory-lock timer so the CLI exits as soon as it is done.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServiceError } from './ports';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function applyMigrations(databaseUrl: string): Promise<void> {
  const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  const preload = path.join(root, 'scripts', 'support', 'unref-long-timers.cjs');
  const child = spawn(process.execPath, ['--require', preload, prismaCli, 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code: number | null = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    const reason =
      output
        .trim()
        .split('\n')
        .filter((l) => /error|fail/i.test(l))
        .slice(-1)[0] ?? output.trim().split('\n').slice(-1)[0];
    throw new ServiceError(`database migrations failed: ${reason ?? 'prisma migrate deploy exited ' + code}`);
  }
}
