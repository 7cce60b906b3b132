/**
 * The disk a benchmark run needs, said before it starts: an estimate per contribution of the
 * corpus files, Postgres and Meilisearch (from committed results), checked against the free space
 * of the filesystem each lands on (statfs), counting what the run deletes first as free. Pure
 * estimate and check (unit-tested), plus the small readers of the filesystem they are fed from.
 */
import { existsSync, lstatSync, readdirSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CorpusMode } from './corpus';

/**
 * Bytes per contribution measured at 1 M (synthetic: bench/results/2026-11-28-1m.json; real:
 * 2026-11-25-real-1m.json): corpus MB, Postgres pg_database_size (app tables plus the full-text
 * baseline's copy and GIN index) and Meilisearch /stats databaseSize, each ÷ contributions ingested.
 * Synthetic: 681.4 MB, 3108.8 MB, 5497.6 MB for 998,950; real: 1441.8, 4058.9, 6713.3 for 1,000,052.
 * Update these from the bytes-per-contribution lines a new run prints.
 */
export const BYTES_PER_CONTRIBUTION: Record<CorpusMode, { corpus: number; postgres: number; meilisearch: number }> = {
  synthetic: { corpus: 682, postgres: 3112, meilisearch: 5503 },
  real: { corpus: 1442, postgres: 4059, meilisearch: 6713 },
};

/**
 * Over the measured sizes: Meilisearch's LMDB grows in steps and keeps freed pages, and its
 * indexing spills sorted chunks to disk; Postgres sizes vary with the text.
 */
export const DISK_MARGIN = 1.3;
/**
 * What does not grow with the corpus: Postgres WAL (max_wal_size 1 GB), Meilisearch's payload
 * files of tasks still queued, logs, the sync phase's mirror of hansard/ and the app build.
 */
export const DISK_FIXED_BYTES = 2e9;

export interface DiskNeed {
  /** Bytes of corpus files still to write (0 when the corpus on disk is reused). */
  corpus: number;
  /** Bytes of Postgres and Meilisearch data under the run's data directory. */
  services: number;
}

/** What a run of `contributions` needs, margin included. */
export function estimateDiskNeed(o: { contributions: number; mode: CorpusMode; corpusOnDisk: boolean }): DiskNeed {
  const per = BYTES_PER_CONTRIBUTION[o.mode];
  return {
    corpus: o.corpusOnDisk ? 0 : Math.ceil(o.contributions * per.corpus * DISK_MARGIN),
    services: Math.ceil(o.contributions * (per.postgres + per.meilisearch) * DISK_MARGIN + DISK_FIXED_BYTES),
  };
}

/** Where a part of the run writes, and the filesystem under it. */
export interface DiskPlace {
  what: string;
  dir: string;
  bytes: number;
  /** Filesystem id (stat's dev): parts on one filesystem add up. */
  device: number;
  /** Free bytes on it for an unprivileged user (statfs bavail × bsize). */
  available: number;
  /** Bytes already there that the run deletes before writing (a stale corpus, the last run's data). */
  reclaimable: number;
}

/** `60.7 GB`, or `9 MB` below a gigabyte. */
export const diskSize = (bytes: number) => (bytes < 1e9 ? `${Math.round(bytes / 1e6)} MB` : `${(bytes / 1e9).toFixed(1)} GB`);

/** One line saying what the run needs (`ok`), or which filesystem lacks room and by how much. */
export function checkDiskSpace(places: DiskPlace[]): { ok: boolean; line: string } {
  const byDevice = new Map<number, DiskPlace[]>();
  for (const p of places) byDevice.set(p.device, [...(byDevice.get(p.device) ?? []), p]);
  const parts = (ps: DiskPlace[]) => ps.map((p) => `${p.what} ${diskSize(p.bytes)}`).join(' + ');
  const total = places.reduce((n, p) => n + p.bytes, 0);
  for (const ps of byDevice.values()) {
    const need = ps.reduce((n, p) => n + p.bytes, 0);
    const free = ps[0].available + ps.reduce((n, p) => n + p.reclaimable, 0);
    if (need > free)
      return {
        ok: false,
        line: `needs ${diskSize(need)} free on the filesystem of ${ps.map((p) => p.dir).join(' and ')} (${parts(ps)}, with a ${Math.round((DISK_MARGIN - 1) * 100)}% margin), which has ${diskSize(free)}`,
      };
  }
  return { ok: true, line: `needs ${diskSize(total)} of disk (${parts(places)}, with a ${Math.round((DISK_MARGIN - 1) * 100)}% margin)` };
}

/** The filesystem a directory will be on: that of its nearest existing ancestor. */
export function filesystemOf(dir: string): { device: number; available: number } {
  let at = path.resolve(dir);
  while (!existsSync(at)) at = path.dirname(at);
  const fs = statfsSync(at);
  return { device: statSync(at).dev, available: fs.bavail * fs.bsize };
}

/** Bytes allocated on disk under `dir` (st_blocks, so sparse files count what they use); 0 if absent. */
export function allocatedBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  const st = lstatSync(dir);
  if (!st.isDirectory()) return st.blocks * 512;
  return readdirSync(dir).reduce((n, name) => n + allocatedBytes(path.join(dir, name)), st.blocks * 512);
}

/** The places a run writes, measured now: the corpus (unless reused) and the services' data. */
export function measureDiskPlaces(o: { contributions: number; mode: CorpusMode; corpusDir: string; corpusOnDisk: boolean; dataDir: string }): DiskPlace[] {
  const need = estimateDiskNeed(o);
  return [
    { what: 'corpus', dir: o.corpusDir, bytes: need.corpus, ...filesystemOf(o.corpusDir), reclaimable: o.corpusOnDisk ? 0 : allocatedBytes(o.corpusDir) },
    { what: 'Postgres and Meilisearch', dir: o.dataDir, bytes: need.services, ...filesystemOf(o.dataDir), reclaimable: allocatedBytes(o.dataDir) },
  ];
}
