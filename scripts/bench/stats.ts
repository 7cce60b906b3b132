/**
 * Small statistics for the benchmark: percentiles by the nearest-rank method (the value below
 * which p% of samples fall, always an observed sample), and a summary of a list of timings.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return NaN;
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(samples: readonly number[]): Summary {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(samples.length ? samples.reduce((a, b) => Math.max(a, b), -Infinity) : NaN),
    mean: round(samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN),
  };
}

/** Samples the process's resident set size until stopped; `peak` in bytes. */
export function trackPeakRss(intervalMs = 200) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    get peak() {
      return Math.max(peak, process.memoryUsage.rss());
    },
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}
