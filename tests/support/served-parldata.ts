/**
 * A parldata source served over the real rsync protocol for one integration test file: `layOut`
 * writes the tree under `source` (stores reset first), a real rsync daemon on loopback serves it
 * for the file's tests, and afterwards the daemon is killed and the work folder removed.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startRsyncDaemon, type RsyncDaemon } from '../../scripts/support/rsync-daemon';
import { resetStores, type TestRuntime } from './fixtures';

export interface ServedParldata {
  /** The folder served as the module `parldata`. */
  readonly source: string;
  /** The daemon's rsync:// address (it changes when the daemon is restarted). */
  readonly url: string;
  /** Kills the daemon with SIGKILL, as a network failure would. */
  kill(): Promise<void>;
  /** Starts a new daemon over the same folder. */
  restart(): Promise<void>;
}

export function serveParldataForFile(rt: TestRuntime, work: string, layOut: (source: string) => void): ServedParldata {
  const source = path.join(work, 'parldata');
  let daemon: RsyncDaemon | undefined;
  beforeAll(async () => {
    await resetStores(rt);
    layOut(source);
    daemon = await startRsyncDaemon(source);
  }, 120_000);
  afterAll(async () => {
    await daemon?.kill();
    rmSync(work, { recursive: true, force: true });
  });
  return {
    source,
    get url() {
      if (!daemon) throw new Error('the rsync daemon is not started yet (use it inside a test)');
      return daemon.url;
    },
    kill: async () => daemon?.kill(),
    restart: async () => {
      daemon = await startRsyncDaemon(source);
    },
  };
}
