/**
 * Where the CPU goes during a load test: CPU time of the app server (its process tree),
 * Meilisearch, Postgres, the load generator (this process) and the whole machine, read from
 * /proc before and after, per request. On 2 cores this is what bounds response times: in a
 * closed loop of N clients a request takes, on average, at least N × (CPU per request) / cores
 * from sending to its last byte, however the work is scheduled (Little's law). Next.js sends a
 * page's first bytes before its last, so time to first byte can sit below that floor (100k:
 * TTFB p95 195 ms, last byte p95 287 ms). Linux only: elsewhere null.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface CpuPerRequest {
  /** Milliseconds of CPU per request. `other` is the machine's busy time not in the groups named. */
  ms: { app: number; meilisearch: number; postgres: number; loadGenerator: number; other: number; machine: number };
  cores: number;
  /** Requests per second the machine could serve if it did nothing but this: cores ÷ CPU per request. */
  ceilingPerSecond: number;
  /** The least mean time per request (to its last byte) `clients` closed-loop clients can see at that ceiling. */
  meanLatencyFloorMs: number;
}

interface Proc {
  pid: number;
  ppid: number;
  cpuTicks: number;
  cmdline: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

function readProcs(): Proc[] {
  const procs: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after "(comm) ": state ppid … utime stime cutime cstime (14th to 17th of the line).
      // cutime/cstime: children that exited and were waited for (Postgres backends come and go).
      const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      procs.push({ pid: Number(name), ppid: Number(f[1]), cpuTicks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]), cmdline });
    } catch {
      /* exited while we read */
    }
  }
  return procs;
}

/** Busy ticks of all CPUs since boot (everything but idle and iowait). */
function machineTicks(): number {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.map(Number);
  return n.slice(0, 8).reduce((a, b) => a + b, 0) - n[3] - n[4];
}

type Group = 'app' | 'meilisearch' | 'postgres';

/** Each group's CPU ticks: a process belongs to a group if it or an ancestor is the group's root. */
function groupTicks(procs: Proc[], roots: Record<Group, (p: Proc) => boolean>): Record<Group, number> {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const totals: Record<Group, number> = { app: 0, meilisearch: 0, postgres: 0 };
  for (const p of procs) {
    for (let q: Proc | undefined = p; q; q = q.ppid === q.pid ? undefined : byPid.get(q.ppid)) {
      const group = (Object.keys(roots) as Group[]).find((g) => roots[g](q!));
      if (group) {
        totals[group] += p.cpuTicks;
        break;
      }
    }
  }
  return totals;
}

/**
 * Starts measuring. `appPid` is the app server's process (its workers are its children);
 * Meilisearch and Postgres are the processes whose command line names `dataDir`.
 */
export function startCpuMeter(o: { appPid: number | undefined; dataDir: string }): { stop(requests: number, clients: number): CpuPerRequest | null } {
  if (!existsSync('/proc/stat') || o.appPid === undefined) return { stop: () => null };
  const roots: Record<Group, (p: Proc) => boolean> = {
    app: (p) => p.pid === o.appPid,
    meilisearch: (p) => p.cmdline.includes('meilisearch') && p.cmdline.includes(o.dataDir),
    postgres: (p) => p.cmdline.includes('postgres') && p.cmdline.includes(o.dataDir),
  };
  const hz = clockTicksPerSecond();
  const before = { groups: groupTicks(readProcs(), roots), machine: machineTicks(), self: process.cpuUsage() };
  return {
    stop(requests, clients) {
      if (requests === 0) return null;
      const groups = groupTicks(readProcs(), roots);
      const perRequest = (ticks: number) => (ticks * 1000) / hz / requests;
      const self = process.cpuUsage(before.self);
      const ms = {
        app: perRequest(groups.app - before.groups.app),
        meilisearch: perRequest(groups.meilisearch - before.groups.meilisearch),
        postgres: perRequest(groups.postgres - before.groups.postgres),
        loadGenerator: (self.user + self.system) / 1000 / requests,
        machine: perRequest(machineTicks() - before.machine),
      };
      const other = Math.max(0, ms.machine - ms.app - ms.meilisearch - ms.postgres - ms.loadGenerator);
      const cores = availableParallelism();
      const ceilingPerSecond = (cores * 1000) / ms.machine;
      return {
        ms: {
          app: round1(ms.app),
          meilisearch: round1(ms.meilisearch),
          postgres: round1(ms.postgres),
          loadGenerator: round1(ms.loadGenerator),
          other: round1(other),
          machine: round1(ms.machine),
        },
        cores,
        ceilingPerSecond: Math.round(ceilingPerSecond),
        meanLatencyFloorMs: Math.round((clients / ceilingPerSecond) * 1000),
      };
    },
  };
}
