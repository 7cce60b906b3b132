/**
 * The set-up and tear-down most integration suites share, registered in one call inside their
 * `describe`: the runtime's database and index made ready before the suite's tests, and its
 * database client closed after them. (Kept apart from tests/support/fixtures.ts, which the e2e
 * global set-up imports too, because these register vitest hooks.)
 */
import { afterAll, beforeAll } from 'vitest';
import { resetDatabaseAndIndex, seedRuntime, type TestRuntime } from '../support/fixtures';

/** Before the suite: a clean slate holding what `paths` ingest to (the seeds unless told). After it: the client closed. */
export function withSeededRuntime(rt: TestRuntime, paths?: string[]): void {
  beforeAll(async () => {
    await seedRuntime(rt, paths);
  });
  afterAll(async () => {
    await rt.db.$disconnect();
  });
}

/** Before the suite: empty tables and an empty index. After it: the client closed. */
export function withEmptyRuntime(rt: TestRuntime): void {
  beforeAll(async () => {
    await resetDatabaseAndIndex(rt);
  });
  afterAll(async () => {
    await rt.db.$disconnect();
  });
}
