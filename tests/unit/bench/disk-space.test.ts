import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allocatedBytes, checkDiskSpace, type DiskPlace, estimateDiskNeed, filesystemOf } from '../../../scripts/bench/disk-space';

const GB = 1e9;
const place = (p: Partial<DiskPlace> & Pick<DiskPlace, 'bytes'>): DiskPlace => ({
  what: 'corpus',
  dir: '/disk/corpus',
  device: 1,
  available: 100 * GB,
  reclaimable: 0,
  ...p,
});

describe('bench disk estimate', () => {
  it('never asks for less than the 1 M results scaled up (681.4 MB corpus, 3108.8 + 5497.6 MB services per million)', () => {
    const need = estimateDiskNeed({ contributions: 5e6, mode: 'synthetic', corpusOnDisk: false });
    expect(need.corpus).toBeGreaterThan(5 * 681.4e6);
    expect(need.services).toBeGreaterThan(5 * (3108.8e6 + 5497.6e6));
    // By hand: 5 M × (682 + 3112 + 5503) B × 1.3 + 2 GB = 62.43 GB.
    expect(need.corpus + need.services).toBeCloseTo(62.4305e9, -7);
  });

  it('asks nothing for a corpus already on disk, and more per contribution for the real one', () => {
    expect(estimateDiskNeed({ contributions: 1e6, mode: 'synthetic', corpusOnDisk: true }).corpus).toBe(0);
    const synthetic = estimateDiskNeed({ contributions: 1e6, mode: 'synthetic', corpusOnDisk: false });
    const real = estimateDiskNeed({ contributions: 1e6, mode: 'real', corpusOnDisk: false });
    expect(real.corpus).toBeGreaterThan(synthetic.corpus);
    expect(real.services).toBeGreaterThan(synthetic.services);
  });
});

describe('bench disk check', () => {
  it('runs when the filesystem has room, and says how much it needs', () => {
    const r = checkDiskSpace([place({ bytes: 4 * GB }), place({ what: 'Postgres and Meilisearch', dir: '/disk/data', bytes: 56 * GB })]);
    expect(r.ok).toBe(true);
    expect(r.line).toContain('60.0 GB');
  });

  it('refuses in one line naming the directories, what it needs and what there is', () => {
    const r = checkDiskSpace([
      place({ bytes: 4 * GB, available: 50 * GB }),
      place({ what: 'Postgres and Meilisearch', dir: '/disk/data', bytes: 56 * GB, available: 50 * GB }),
    ]);
    expect(r.ok).toBe(false);
    expect(r.line).not.toContain('\n');
    expect(r.line).toContain('60.0 GB');
    expect(r.line).toContain('50.0 GB');
    expect(r.line).toContain('/disk/corpus and /disk/data');
  });

  it('checks each filesystem on its own when the parts are on different ones', () => {
    const split = [
      place({ bytes: 4 * GB, available: 5 * GB }),
      place({ what: 'Postgres and Meilisearch', dir: '/other/data', device: 2, bytes: 56 * GB, available: 57 * GB }),
    ];
    expect(checkDiskSpace(split).ok).toBe(true);
    split[1].available = 55 * GB;
    const r = checkDiskSpace(split);
    expect(r.ok).toBe(false);
    expect(r.line).toContain('/other/data');
    expect(r.line).not.toContain('/disk/corpus');
  });

  it('counts what the run deletes first (a stale corpus, the last run’s data) as free', () => {
    const parts = [
      place({ bytes: 4 * GB, available: 50 * GB, reclaimable: 3 * GB }),
      place({ what: 'Postgres and Meilisearch', dir: '/disk/data', bytes: 56 * GB, available: 50 * GB, reclaimable: 6 * GB }),
    ];
    expect(checkDiskSpace(parts).ok).toBe(false);
    parts[1].reclaimable = 7 * GB;
    expect(checkDiskSpace(parts).ok).toBe(true);
  });
});

describe('bench disk readers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'disk-space-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the filesystem of a directory not yet created through its nearest ancestor', () => {
    // The device only: free space moves between two calls while anything else writes to the disk.
    const fs = filesystemOf(path.join(dir, 'not', 'yet'));
    expect(fs.device).toBe(filesystemOf(dir).device);
    expect(fs.available).toBeGreaterThan(0);
  });

  it('adds up the bytes allocated under a directory, 0 when it is absent', () => {
    expect(allocatedBytes(path.join(dir, 'absent'))).toBe(0);
    const empty = allocatedBytes(dir);
    writeFileSync(path.join(dir, 'a'), Buffer.alloc(64 * 1024, 1));
    expect(allocatedBytes(dir)).toBeGreaterThanOrEqual(empty + 64 * 1024);
  });
});
