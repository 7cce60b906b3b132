/**
 * The built app (`next start`) against a fault test's own services, on that test's app port.
 * Uses the slot's build dir (tests/support/test-services.ts TEST_DIST_DIR), building it first
 * when the sources are newer — the same build the end-to-end stage uses.
 */
import { isBuildStale, runNextBuild } from '../../../scripts/support/next-build';
import { startNextServer, type NextServer } from '../../../scripts/support/next-server';
import { ROOT, TEST_DIST_DIR } from '../../support/test-services';

export function ensureAppBuilt(): void {
  process.env.NEXT_DIST_DIR = TEST_DIST_DIR;
  if (isBuildStale(ROOT)) runNextBuild(ROOT);
}

export type RunningApp = NextServer;

/** `meiliKey`: as scripts/support/next-server.ts (the search-only key unless the test says otherwise). */
export async function startApp(port: number, env: Record<string, string>, meiliKey?: 'search-only' | 'as-given'): Promise<RunningApp> {
  ensureAppBuilt();
  return startNextServer({ root: ROOT, port, distDir: TEST_DIST_DIR, env, meiliKey });
}
