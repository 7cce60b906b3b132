/**
 * The register half of a sync: `people.json`, `ministers.json`, `ministers-2010.json` and (when the
 * source has it) `sp-ministers.json`, the Scottish Government's posts, from a
 * folder or a URL base (default: parlparse on GitHub), converted into the register format
 * (lib/members/popolo.ts),
 * written to `DATA_DIR/members/register.json` (which ingest then resolves against, see
 * lib/members/current.ts), imported idempotently, and stored speakers re-resolved when it changed.
 * A file that is not Popolo at all is refused in one line and the register left as it was; an entry
 * that does not fit parlparse's model is skipped, and the refresh names it (`skipped`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { buildRegisterIndex } from '../members';
import { importRegister, reresolveContributions } from '../members/import';
import { checkRegisterJson } from '../members/load';
import { convertPopoloRegister } from '../members/popolo';
import { checkMinistersJson, checkPeopleJson, checkSpMinistersJson, NotPopoloError, type SkippedEntry } from '../members/popolo-schema';

export const DEFAULT_MEMBERS_SOURCE = 'https://raw.githubusercontent.com/mysociety/parlparse/master/members/';

export interface RegisterRefresh {
  status: 'imported' | 'unchanged';
  source: string;
  persons: number;
  /** The latest date the register's seats mention. */
  dataTo: string | null;
  /** Stored contributions whose resolution changed. */
  reresolved: number;
  /** Entries of the files left out because they do not fit parlparse's model (or name a person the file lacks). */
  skipped: SkippedEntry[];
  /** The source had no ministers.json: the register holds no 1997-2010 posts. */
  withoutMinistersJson: boolean;
}

/** Expected failure: a file is unreachable, not JSON, or not the shape parlparse publishes. */
export class MembersSourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MembersSourceError';
  }
}

export async function refreshRegister(db: Db, options: { source: string; registerPath: string; timeoutSeconds: number }): Promise<RegisterRefresh> {
  const read = (name: string) => readMembersFile(options.source, name, options.timeoutSeconds);
  const people = checked(options.source, 'people.json', await read('people.json'), checkPeopleJson);
  // ministers.json (1997-2010) is read when the source has it: a source of people.json and
  // ministers-2010.json alone, as the sync took before, still refreshes (without those years' posts).
  const ministersText = await readMembersFile(options.source, 'ministers.json', options.timeoutSeconds, { optional: true });
  const ministers = ministersText == null ? null : checked(options.source, 'ministers.json', ministersText, checkMinistersJson);
  const ministers2010 = checked(options.source, 'ministers-2010.json', await read('ministers-2010.json'), checkMinistersJson);
  const spMinistersText = await readMembersFile(options.source, 'sp-ministers.json', options.timeoutSeconds, { optional: true });
  const spMinisters = spMinistersText == null ? null : checked(options.source, 'sp-ministers.json', spMinistersText, checkSpMinistersJson);
  const { register, skipped } = convertPopoloRegister(
    people.people,
    { ministers: ministers?.ministers ?? null, ministers2010: ministers2010.ministers, spMinisters: spMinisters?.ministers ?? null },
    { source: options.source },
  );
  const bytes = JSON.stringify(register) + '\n';
  checkRegisterJson(JSON.parse(bytes), options.registerPath); // what we write must load
  // Written whole under another name, then renamed: an interrupted sync never leaves half a register.
  mkdirSync(path.dirname(options.registerPath), { recursive: true });
  writeFileSync(`${options.registerPath}.tmp`, bytes);
  renameSync(`${options.registerPath}.tmp`, options.registerPath);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const imported = await importRegister(db, register, { path: options.source, sha256 });
  const again = imported.status === 'imported' ? await reresolveContributions(db, buildRegisterIndex(register, options.registerPath)) : null;
  return {
    status: imported.status,
    source: options.source,
    persons: imported.counts.persons,
    dataTo: typeof register.meta?.data_to === 'string' ? register.meta.data_to : null,
    reresolved: again?.changed ?? 0,
    skipped: [...people.skipped, ...(ministers?.skipped ?? []), ...ministers2010.skipped, ...(spMinisters?.skipped ?? []), ...skipped],
    withoutMinistersJson: ministers == null,
  };
}

/**
 * The largest member-register file taken: parlparse's people.json is about 15 MB and grows slowly;
 * a source sending more (by mistake or not) must not fill the sync's memory.
 */
export const MAX_MEMBERS_FILE_BYTES = 100 * 1024 * 1024;

const tooLargeLine = (where: string) => `${where}: the member register file is larger than ${MAX_MEMBERS_FILE_BYTES / 1048576} MB, the most taken; refused`;

/** The body as text, read until it passes MAX_MEMBERS_FILE_BYTES (then refused): Content-Length may be absent or wrong. */
async function readCappedBody(response: Response, url: string): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > MAX_MEMBERS_FILE_BYTES) {
    await response.body?.cancel();
    throw new MembersSourceError(tooLargeLine(url));
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of response.body ?? []) {
    bytes += chunk.byteLength;
    if (bytes > MAX_MEMBERS_FILE_BYTES) throw new MembersSourceError(tooLargeLine(url));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readMembersFile(source: string, name: string, timeoutSeconds: number): Promise<string>;
async function readMembersFile(source: string, name: string, timeoutSeconds: number, options: { optional: true }): Promise<string | null>;
/** `optional`: a file the source does not have (404, no such file) is null rather than an error. */
async function readMembersFile(source: string, name: string, timeoutSeconds: number, options: { optional?: boolean } = {}): Promise<string | null> {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(name, source.endsWith('/') ? source : `${source}/`);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    } catch (e) {
      const why =
        e instanceof Error && e.name === 'TimeoutError'
          ? `no answer within ${timeoutSeconds}s`
          : e instanceof Error
            ? ((e.cause as Error | undefined)?.message ?? e.message)
            : String(e);
      throw new MembersSourceError(`${url}: cannot fetch the member register (${why})`, { cause: e });
    }
    if (options.optional && response.status === 404) return null;
    if (!response.ok) throw new MembersSourceError(`${url}: cannot fetch the member register (HTTP ${response.status})`);
    return readCappedBody(response, String(url));
  }
  const file = path.join(source, name);
  try {
    const size = statSync(file).size;
    if (size > MAX_MEMBERS_FILE_BYTES) throw new MembersSourceError(tooLargeLine(file));
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof MembersSourceError) throw e;
    if (options.optional && (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new MembersSourceError(`${file}: cannot read the member register (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { cause: e });
  }
}

/** Parses one file and checks it entry by entry; not JSON, or not Popolo at all, is one line naming the file. */
function checked<T>(source: string, name: string, text: string, check: (json: unknown, file: string) => T): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MembersSourceError(`${source} ${name}: not valid JSON`, { cause: e });
  }
  try {
    return check(json, name);
  } catch (e) {
    if (e instanceof NotPopoloError) throw new MembersSourceError(`${source} ${name}: not parlparse's format (${e.message})`, { cause: e });
    throw e;
  }
}
