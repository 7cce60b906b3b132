/**
 * Sync throughput for `npm run bench`: the shipped real Hansard (hansard/, laid out as
 * TheyWorkForYou's parldata) served by a real rsync daemon on loopback, synced into the bench's
 * services from an empty mirror: list, transfer, parse, store and index, end to end. Reported as
 * files/s and contributions/s beside plain ingest; the register is left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { DAY_FILE_KINDS } from '../../lib/day-files';
import { createSearchClient } from '../../lib/search/index-admin';
import { runSync } from '../../lib/sync/run-sync';
import { startRsyncDaemon } from '../support/rsync-daemon';
import type { BenchServices } from './services';

export interface SyncBench {
  files: number;
  megabytes: number;
  contributions: number;
  seconds: number;
  filesPerSecond: number;
  contributionsPerSecond: number;
  failed: number;
}

export async function measureSync(root: string, services: BenchServices, indexName: string): Promise<SyncBench> {
  const daemon = await startRsyncDaemon(path.join(root, 'hansard'));
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
  const db = createDb(services.databaseUrl);
  try {
    const started = performance.now();
    const summary = await runSync({
      source: daemon.url,
      kinds: DAY_FILE_KINDS,
      mirrorDir: path.join(work, 'parldata'),
      membersSource: null,
      registerPath: path.join(work, 'members', 'register.json'),
      db,
      search: { client: createSearchClient(services.meiliUrl, services.meiliKey), indexName },
      timeoutSeconds: 60,
    });
    const seconds = (performance.now() - started) / 1000;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      files: summary.fetched,
      megabytes: round(summary.fetchedBytes / 1e6),
      contributions: summary.contributions,
      seconds: round(seconds),
      filesPerSecond: round(summary.fetched / seconds),
      contributionsPerSecond: Math.round(summary.contributions / seconds),
      failed: summary.failed.length,
    };
  } finally {
    await db.$disconnect().catch(() => {});
    await daemon.kill();
    rmSync(work, { recursive: true, force: true });
  }
}
