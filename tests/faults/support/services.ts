/**
 * Services that a fault test owns, so it may kill and restart them: Postgres and Meilisearch on
 * ports of this test slot's own range (TEST_PORTS + offset 1..9), data under TEST_DATA_DIR/faults.
 * Each fault test file takes its own offset, so a leftover from one never answers another.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedMeilisearch, type RunningMeilisearch } from '../../../lib/embedded/meilisearch';
import { applyMigrations } from '../../../lib/embedded/migrate';
import { isPortFree } from '../../../lib/embedded/ports';
import { startEmbeddedPostgres, type RunningPostgres } from '../../../lib/embedded/postgres';
import { TEST_DATA_DIR, TEST_PORTS } from '../../support/test-services';

export const FAULTS_DIR = path.join(TEST_DATA_DIR, 'faults');

export interface FaultPorts {
  pg: number;
  meili: number;
  app: number;
}

/** Ports for fault test number `offset` (1..9) inside this slot's range of ten. */
export function faultPorts(offset: number): FaultPorts {
  if (!Number.isInteger(offset) || offset < 1 || offset > 9) throw new Error(`fault port offset must be 1..9, got ${offset}`);
  return { pg: TEST_PORTS.pg + offset, meili: TEST_PORTS.meili + offset, app: TEST_PORTS.app + offset };
}

/** Postgres and Meilisearch that can be stopped and started again on the same data. */
export class FaultServices {
  readonly dataDir: string;
  ports: FaultPorts;
  private pg: RunningPostgres | null = null;
  private meili: RunningMeilisearch | null = null;
  databaseUrl = '';
  meiliUrl = '';
  meiliKey = '';

  constructor(name: string, offset: number) {
    this.dataDir = path.join(FAULTS_DIR, name);
    this.ports = faultPorts(offset);
  }

  /**
   * Fresh data dir, both services up, migrations applied. A port that something else holds (another
   * engineer's benchmark, say) is skipped for the next free one; restarts reuse the ports chosen here.
   */
  async start(): Promise<this> {
    this.ports = { pg: await freePortFrom(this.ports.pg), meili: await freePortFrom(this.ports.meili), app: await freePortFrom(this.ports.app) };
    rmSync(this.dataDir, { recursive: true, force: true });
    mkdirSync(this.dataDir, { recursive: true });
    await this.startPostgres();
    await this.startMeilisearch();
    await applyMigrations(this.databaseUrl);
    return this;
  }

  async startPostgres(): Promise<void> {
    this.pg = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.ports.pg });
    if (!this.pg.owned) throw new Error(`port ${this.ports.pg} already had a Postgres: a leftover from an earlier run?`);
    this.databaseUrl = this.pg.url;
  }

  async stopPostgres(): Promise<void> {
    await this.pg?.stop();
    this.pg = null;
  }

  async startMeilisearch(): Promise<void> {
    this.meili = await startEmbeddedMeilisearch({ dataDir: this.dataDir, port: this.ports.meili });
    if (!this.meili.owned) throw new Error(`port ${this.ports.meili} already had a Meilisearch: a leftover from an earlier run?`);
    this.meiliUrl = this.meili.url;
    this.meiliKey = this.meili.key;
  }

  /** SIGKILL, as a crash or the OOM killer would: no chance to finish the task at hand. */
  async killMeilisearch(): Promise<void> {
    const pid = this.meiliPid();
    if (pid) process.kill(pid, 'SIGKILL');
    this.meili = null;
    // Wait until the port is free again (a killed process can linger for a moment).
    for (let i = 0; i < 100 && !(await isPortFree(this.ports.meili)); i++) await new Promise((r) => setTimeout(r, 50));
  }

  private meiliPid(): number | null {
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (cmd.includes(path.join(this.dataDir, 'meilisearch')) && cmd.includes(`127.0.0.1:${this.ports.meili}`)) return Number(pid);
      } catch {
        /* gone */
      }
    }
    return null;
  }

  async stopMeilisearch(): Promise<void> {
    await this.meili?.stop();
    this.meili = null;
  }

  /** The environment a CLI or the app needs to use these services (never the embedded defaults). */
  env(indexName: string): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrl || `postgresql://hansard:hansard@127.0.0.1:${this.ports.pg}/hansard`,
      MEILI_URL: this.meiliUrl || `http://127.0.0.1:${this.ports.meili}`,
      MEILI_MASTER_KEY: this.meiliKey || 'unset',
      MEILI_INDEX: indexName,
      DATA_DIR: this.dataDir,
    };
  }

  async stop(): Promise<void> {
    await this.stopMeilisearch().catch(() => {});
    await this.stopPostgres().catch(() => {});
  }
}

async function freePortFrom(port: number): Promise<number> {
  for (let p = port; p < port + 200; p += 10) if (await isPortFree(p)) return p; // steps of 10 stay out of the other offsets
  throw new Error(`no free port from ${port} in steps of 10`);
}
