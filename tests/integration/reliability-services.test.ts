/**
 * The embedded Meilisearch starts whatever its master key looks like, the key never appears on its
 * command line (which any local user can read with ps), and it keeps answering while the process
 * that started it is blocked (as the test runner is, in spawnSync) — its log must not fill a pipe.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMeilisearchHealthy, startEmbeddedMeilisearch, type RunningMeilisearch } from '../../lib/embedded/meilisearch';
import { TEST_DATA_DIR, TEST_PORTS } from '../support/test-services';

const dataDir = path.join(TEST_DATA_DIR, 'reliability-meili');
let meili: RunningMeilisearch | undefined;

afterAll(async () => {
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function commandLinesOf(binaryName: string): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(binaryName)) out.push(cmd);
    } catch {
      /* gone, or not ours to read */
    }
  }
  return out;
}

describe('embedded Meilisearch master key', () => {
  it('starts with a key that begins with "-" and keeps the key off its command line', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const key = '-dashFirstKey_0123456789abcdef';
    writeFileSync(path.join(dataDir, 'meili-master-key'), key + '\n', { mode: 0o600 });
    meili = await startEmbeddedMeilisearch({ dataDir, port: TEST_PORTS.meili + 9 });
    expect(meili.owned).toBe(true);
    expect(await isMeilisearchHealthy(meili.url, key)).toBe(true);
    expect(await isMeilisearchHealthy(meili.url, 'not-the-key-not-the-key')).toBe(false);
    const ours = commandLinesOf(dataDir);
    expect(ours.length).toBeGreaterThan(0);
    for (const cmd of ours) expect(cmd).not.toContain(key);
  });

  it('keeps answering thousands of requests while its parent is blocked', () => {
    expect(meili).toBeDefined();
    // This process blocks in spawnSync while a child sends the requests: nothing here reads a pipe.
    const script = `(async () => { for (let i = 0; i < 3000; i++) { const r = await fetch(${JSON.stringify(meili!.url)} + '/health?i=' + i, { signal: AbortSignal.timeout(5000) }); await r.text(); } })().then(() => process.exit(0), (e) => { console.error(String(e)); process.exit(1); });`;
    const run = spawnSync(process.execPath, ['-e', script], { timeout: 60_000, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 90_000);
});
