/**
 * Guards against pathological slowness (catastrophic backtracking, quadratic loops) without a time
 * bound: a hostile input's CPU cost is compared with a benign baseline measured in the same run on
 * the same machine, so the check means the same on a fast laptop and a loaded CI box. Absolute
 * rates belong to the benchmark (`npm run bench`), not here.
 */

/** CPU time of this process (user + system), in ms, for one call: other processes on the machine do not count. */
export function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The best of `times` calls: the cost without the noise (a GC pause, a JIT warm-up, a descheduled core). */
export function bestCpuMs(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) best = Math.min(best, cpuMs(run));
  return best;
}

/** What parsing one benign input costs here and now. */
export interface ParseCost {
  bytes: number;
  ms: number;
}

export function measureCost(bytes: number, run: () => void, times = 5): ParseCost {
  return { bytes, ms: bestCpuMs(run, times) };
}

/**
 * How many times its baseline an input of `bytes` cost: against the baseline's whole cost when it
 * is no bigger, per byte when it is bigger (a linear parser costs a fixed multiple of either).
 * With several baselines (an input spliced from two documents) the most costly one counts.
 */
export function costRatio(ms: number, bytes: number, baselines: readonly ParseCost[]): number {
  const expected = Math.max(...baselines.map((b) => Math.max(b.ms, (b.ms * bytes) / Math.max(b.bytes, 1))));
  return ms / Math.max(expected, 1e-3);
}

/** The ratio the checks allow: wide, since a super-linear path costs hundreds of times more, not a few. */
export const MAX_COST_RATIO = 20;

/** Blocks this thread for `ms`: lets the engine's background threads (concurrent GC, compilers), whose CPU time the process clock counts, finish. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Measures `run` against its baselines; when one measurement is over `retryAbove`, measures again (up
 * to `retries` times, after a growing pause) and keeps the best, so that noise — a GC of an earlier
 * big document finishing on another thread, a descheduled core — cannot fail a case while a slow
 * path, which is slow every time, still does.
 */
export function measureRatio(run: () => void, bytes: number, baselines: readonly ParseCost[], retryAbove = MAX_COST_RATIO, retries = 5) {
  let ms = cpuMs(run);
  for (let i = 1; i <= retries && costRatio(ms, bytes, baselines) > retryAbove; i++) {
    pause(20 * i);
    ms = Math.min(ms, cpuMs(run));
  }
  return { ms, ratio: costRatio(ms, bytes, baselines) };
}
