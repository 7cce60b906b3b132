/**
 * Did this request's database calls fail for want of the database (pool exhausted, statement
 * timeout, connection lost)? The production server (scripts/serve.ts) runs each request inside
 * `watchDatabaseTrouble`, and the driver adapter (adapter.ts) notes every such failure, so a page
 * that throws while rendering answers 503 with Retry-After instead of 500: a page component cannot
 * choose its status, and Next.js renders the 500 without saying why.
 *
 * The store lives on globalThis: Next.js bundles its own copy of this module into the server
 * chunks, apart from the one serve.ts loads, and both must see the same store.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { isDatabaseUnavailable } from './errors';

interface Watch {
  troubled: boolean;
}

const KEY = Symbol.for('hansard-search.database-trouble-watch');
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Watch> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<Watch>());

/** Runs `run` under a fresh watch; its `troubled()` tells, at any time, whether a call failed so yet. */
export function watchDatabaseTrouble<T>(run: (troubled: () => boolean) => T): T {
  const watch: Watch = { troubled: false };
  return storage.run(watch, () => run(() => watch.troubled));
}

/** Called with every error a database call threw; notes the ones that mean "not the query's fault". */
export function noteDatabaseError(error: unknown): void {
  const watch = storage.getStore();
  if (watch && !watch.troubled && isDatabaseUnavailable(error)) watch.troubled = true;
}
