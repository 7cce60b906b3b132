/**
 * Is Postgres answering? Asked by the proxy before routes that read the database, so that an
 * outage is a 503 with a friendly page (a page component cannot choose its status) rather than a
 * 500. The answer is cached briefly — 1 s when up, 0.5 s when down — so a healthy server pays one
 * `select 1` a second and an outage under load costs two probes a second, not one per request.
 */
import { getDb, type Db } from '../client';
import { isDatabaseUnavailable } from '../errors';

const UP_FOR_MS = 1000;
const DOWN_FOR_MS = 500;
const PROBE_TIMEOUT_MS = 2000;

let last: { up: boolean; at: number } | null = null;
let probing: Promise<boolean> | null = null;

export function isDatabaseReachable(): Promise<boolean> {
  const now = Date.now();
  if (last && now - last.at < (last.up ? UP_FOR_MS : DOWN_FOR_MS)) return Promise.resolve(last.up);
  probing ??= probe().then((up) => {
    last = { up, at: Date.now() };
    probing = null;
    return up;
  });
  return probing;
}

/** One trivial query: resolves when the database answers, throws what the client saw when it does not. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRaw`select 1`;
}

/** Forget the cached answer: a route that just saw the database fail says so. */
export function markDatabaseDown(): void {
  last = { up: false, at: Date.now() };
}

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pingDatabase(getDb()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('database probe timed out'), { code: 'ETIMEDOUT' })), PROBE_TIMEOUT_MS);
      }),
    ]);
    return true;
  } catch (e) {
    // Only a connection failure means "down"; any other error is for the route to report.
    return !isDatabaseUnavailable(e);
  } finally {
    clearTimeout(timer);
  }
}
