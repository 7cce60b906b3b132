/**
 * The overall time limit of one sync (SYNC_MAX_DURATION): whatever hangs — a source that stops
 * answering between rsync's own idle time-outs, an API that trickles, a stuck step — the run ends
 * with one line, and the sync lock it holds is released on the way out (lib/db/run-lock.ts), so
 * the next sync is not turned away by one that will never finish.
 */

/** A run stopped by its time limit; the message is the one line to print. */
export class TimeLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeLimitError';
  }
}

/** "6h" for 21,600,000; the largest whole unit, as SYNC_MAX_DURATION is written. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
  ] as const)
    if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms / 1000}s`;
}

/**
 * Runs `work` with a signal that aborts after `ms`; rejects with a TimeLimitError then, without
 * waiting for `work` (it may never settle). Work that honours the signal (rsync is killed) stops.
 */
export async function withTimeLimit<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new TimeLimitError(`stopped after ${formatDuration(ms)}, the most one run may take (SYNC_MAX_DURATION); what it stored stays`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
