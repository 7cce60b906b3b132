/**
 * The system `rsync` (Debian package `rsync`), run without a shell: list a folder of the source,
 * and mirror chosen files into a local folder so that a later run transfers only what changed
 * (same size and time → skipped). Sources are `rsync://HOST[:PORT]/MODULE[/PATH]`, `HOST::MODULE`
 * or a local folder. Polite by default: one connection at a time, time-outs, `--bwlimit` passed on.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../parse/decode';

export interface RsyncOptions {
  /** Seconds without data before rsync gives up (`--timeout`), and to connect to a daemon (`--contimeout`). */
  timeoutSeconds: number;
  /** `--bwlimit` as rsync takes it (KiB/s, or with a unit: `500K`, `2M`). */
  bwlimit?: string | null;
  /** Stops a running rsync (the sync's overall time limit): the child is killed, the run ends as failed. */
  signal?: AbortSignal;
}

export interface ListedFile {
  /** Path below the folder listed, with `/`. */
  name: string;
  size: number;
}

/** Expected failure of an rsync run: one line saying what went wrong, naming the source. */
export class RsyncError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RsyncError';
  }
}

/** A daemon source (rsync:// or HOST::MODULE) as opposed to a local folder. */
export function isDaemonSource(source: string): boolean {
  return /^rsync:\/\//i.test(source) || /^[^/]+::/.test(source);
}

/** `source` + a sub-folder, ending in `/` (rsync copies a folder's contents then). */
export function joinSource(source: string, folder: string): string {
  const sub = folder.replace(/^\/+|\/+$/g, '');
  return `${source.replace(/\/+$/, '')}/${sub ? `${sub}/` : ''}`;
}

function commonArgs(source: string, options: RsyncOptions): string[] {
  const args = ['--no-motd', `--timeout=${options.timeoutSeconds}`];
  if (isDaemonSource(source)) args.push(`--contimeout=${options.timeoutSeconds}`);
  if (options.bwlimit) args.push(`--bwlimit=${options.bwlimit}`);
  return args;
}

/** Lines of `rsync --list-only`: `-rw-r--r--        627,620 2026/11/28 17:28:00 name`. */
export function parseListing(output: string): ListedFile[] {
  const files: ListedFile[] = [];
  for (const line of output.split('\n')) {
    const m = /^-\S{9}\s+([\d,.]+)\s+\S+\s+\S+\s+(.+)$/.exec(line.trimEnd());
    if (m) files.push({ name: m[2], size: Number(m[1].replace(/[,.]/g, '')) });
  }
  return files;
}

/**
 * A name a listing of one folder may hold: a file directly in it. Anything else (`..`, a path with
 * `/` or `\\`, control characters) would put a fetched file, or read one, outside the mirror.
 */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/.test(name);
}

/** The listing of `target`, or an RsyncError naming the first entry that is not a plain file name. */
export function checkListing(target: string, files: ListedFile[]): ListedFile[] {
  const stray = files.find((f) => !isPlainFileName(f.name));
  if (stray) throw new RsyncError(`${target}: the listing names ${JSON.stringify(stray.name)}, which is not a file in that folder; nothing was fetched`);
  return files;
}

/** Lines of `rsync --list-only` that are folders (`drwxr-xr-x … name`), `.` left out. */
export function parseFolderListing(output: string): string[] {
  const folders: string[] = [];
  for (const line of output.split('\n')) {
    const m = /^d\S{9}\s+[\d,.]+\s+\S+\s+\S+\s+(.+)$/.exec(line.trimEnd());
    if (m && m[1] !== '.' && isPlainFileName(m[1])) folders.push(m[1]);
  }
  return folders;
}

/** The folders directly in `folder` of the source (sp-new's one per body); none when the source lacks it. */
export async function listSubfolders(source: string, folder: string, options: RsyncOptions): Promise<string[]> {
  const listing = await listTarget(source, folder, options);
  return listing === null ? [] : parseFolderListing(listing);
}

/** `rsync --list-only` of a folder of the source: its output, or null when the source lacks the folder. */
async function listTarget(source: string, folder: string, options: RsyncOptions): Promise<string | null> {
  const target = joinSource(source, folder);
  const run = await runRsync([...commonArgs(source, options), '--list-only', '--no-human-readable', target], undefined, options.signal);
  if (run.code !== 0) {
    if (/No such file or directory/.test(run.stderr) && run.code === 23) return null;
    throw new RsyncError(`${target}: cannot list the source (${explain(run)})`);
  }
  return run.stdout;
}

/** The files directly in `folder` of the source; a folder the source does not have lists as empty. */
export async function listFolder(source: string, folder: string, options: RsyncOptions): Promise<ListedFile[]> {
  const listing = await listTarget(source, folder, options);
  return listing === null ? [] : checkListing(joinSource(source, folder), parseListing(listing));
}

export interface MirrorResult {
  /** Files rsync transferred (new or changed), relative to the folder mirrored. */
  transferred: string[];
  /** Why rsync stopped before the end, when it did (files already complete stay). */
  error: string | null;
}

/**
 * Mirrors `files` (relative to `folder` of the source) into `dest`. Paths in `files` start at the
 * top of a daemon's module: rsync 3.x daemons without chroot refuse `--files-from` entries below
 * a sub-folder given as the source ("file has vanished"), so callers mirror the module's root.
 * Times are preserved so the next run skips what is unchanged. rsync writes each file under a temporary name and renames it when
 * complete, so an interrupted run never leaves a half file under its real name.
 */
export async function mirrorFiles(
  source: string,
  folder: string,
  files: readonly string[],
  dest: string,
  options: RsyncOptions & { onFile?: (name: string, bytes: number) => void },
): Promise<MirrorResult> {
  mkdirSync(dest, { recursive: true });
  if (!files.length) return { transferred: [], error: null };
  const listFile = path.join(dest, '.sync-files');
  writeFileSync(listFile, files.join('\n') + '\n');
  const transferred: string[] = [];
  const run = await runRsync(
    // The listing's sizes were checked (select.ts); a file that grew since is still not fetched whole.
    [
      ...commonArgs(source, options),
      '--times',
      `--max-size=${MAX_DOCUMENT_BYTES}`,
      '--files-from',
      listFile,
      '--out-format=%n\t%l',
      joinSource(source, folder),
      `${dest.replace(/\/+$/, '')}/`,
    ],
    (line) => {
      const [name, length] = line.split('\t');
      if (!name || name.endsWith('/') || length === undefined) return;
      transferred.push(name);
      options.onFile?.(name, Number(length));
    },
    options.signal,
  );
  return { transferred, error: run.code === 0 ? null : `${joinSource(source, folder)}: the transfer stopped (${explain(run)})` };
}

interface RsyncRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runRsync(args: string[], onLine?: (line: string) => void, signal?: AbortSignal): Promise<RsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('rsync', args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!onLine) {
        stdout += chunk;
        return;
      }
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (e: NodeJS.ErrnoException) => {
      // Stopped by the caller (the sync's time limit): the caller's reason is the error, not rsync's.
      if (signal?.aborted) return reject(signal.reason);
      reject(
        new RsyncError(e.code === 'ENOENT' ? 'rsync is not installed (Debian: apt-get install rsync)' : `rsync could not be started (${e.message})`, {
          cause: e,
        }),
      );
    });
    child.on('close', (code, signal) => {
      if (partial && onLine) onLine(partial);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** rsync's own first error line, without its "rsync:" / "rsync error:" prefixes and source-code location. */
function explain(run: RsyncRun): string {
  const lines = run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.find((l) => !/^rsync error:/.test(l)) ?? lines[0] ?? `rsync exited with code ${run.code}`;
  return first.replace(/^rsync:\s*(\[\w+\]\s*)?/, '').replace(/\s*\(code \d+\) at \S+ \[\w+=[\d.]+\]$/, '');
}
