/**
 * Did this request's database calls fail for want of the database (pool exhausted, statement
 * timeout, connection lost)? The production server (scripts/serve.ts) runs each request inside
 * `watchDatabaseTrouble`, and the driver adapter (adapter.ts) notes every such failure, so a page
 * that throws while rendering answers 503 with Retry-After instead of 500: a page component cannot
 * choose its status, and Next.js renders the 500 without saying why.
 *
 * A failure counts for a request when it happened in the request's own calls, or anywhere in this
 * process while the request was being answered: Prisma batches concurrent `findUnique` calls of
 * different requests into one query, which runs in the async context of only one of them. (So a
 * bug's 500 that coincides with database trouble is answered 503 too: "try again" is right then.)
 *
 * The state lives on globalThis: Next.js bundles its own copy of this module into the server
 * chunks, apart from the one serve.ts loads, and both must see the same state.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { isDatabaseUnavailable } from './errors';

interface Watch {
  startedAt: number;
  troubled: boolean;
}

interface Shared {
  storage: AsyncLocalStorage<Watch>;
  /** When any call in this process last failed so (performance.now()); -Infinity: never. */
  lastTroubleAt: number;
}

const KEY = Symbol.for('hansard-search.database-trouble-watch');
const holder = globalThis as typeof globalThis & { [KEY]?: Shared };
const shared = (holder[KEY] ??= { storage: new AsyncLocalStorage<Watch>(), lastTroubleAt: Number.NEGATIVE_INFINITY });

/** Runs `run` under a fresh watch; its `troubled()` tells, at any time, whether a call failed so yet. */
export function watchDatabaseTrouble<T>(run: (troubled: () => boolean) => T): T {
  const watch: Watch = { startedAt: performance.now(), troubled: false };
  return shared.storage.run(watch, () => run(() => watch.troubled || shared.lastTroubleAt >= watch.startedAt));
}

/** Called with every error a database call threw; notes the ones that mean "not the query's fault". */
export function noteDatabaseError(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  shared.lastTroubleAt = performance.now();
  const watch = shared.storage.getStore();
  if (watch) watch.troubled = true;
}
