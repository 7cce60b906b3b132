/**
 * Admission control for one server process: at most `maxInFlight` requests rendered at once, at
 * most `maxQueued` more waiting for a turn, none waiting longer than `maxWaitMs`. A request past
 * those is refused at once (the server answers 503 with Retry-After before rendering), so that
 * overload costs a quick refusal instead of pool timeouts and 500s for everyone. First come, first
 * served. The limits come from ADMISSION_* (lib/env.ts); docs/security.md says how they were measured.
 */

export interface AdmissionLimits {
  maxInFlight: number;
  maxQueued: number;
  maxWaitMs: number;
}

/** Ends an admitted request's turn; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  admit: (release: Release) => void;
  timer: NodeJS.Timeout;
}

export class AdmissionGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** A turn (resolves with its release), or null when the request is refused. */
  enter(): Promise<Release | null> {
    if (this.running < this.limits.maxInFlight) return Promise.resolve(this.take());
    if (this.waiting.length >= this.limits.maxQueued || this.limits.maxWaitMs === 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          resolve(null);
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private take(): Release {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.admit(this.take());
      }
    };
  }
}

/** Next.js's built files: cheap, and a page already let in needs them. */
export function bypassesAdmission(url: string | undefined): boolean {
  return url?.startsWith('/_next/static/') ?? false;
}
