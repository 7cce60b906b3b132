import { describe, expect, it } from 'vitest';
import { AdmissionGate, bypassesAdmission } from '../../../lib/server/admission';

describe('AdmissionGate', () => {
  it('admits up to maxInFlight at once, queues up to maxQueued, refuses the rest at once', async () => {
    const gate = new AdmissionGate({ maxInFlight: 2, maxQueued: 1, maxWaitMs: 60_000 });
    const a = await gate.enter();
    const b = await gate.enter();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    const queued = gate.enter();
    expect(gate.queued).toBe(1);
    expect(await gate.enter()).toBeNull();
    a!();
    const c = await queued;
    expect(c).not.toBeNull();
    expect(gate.inFlight).toBe(2);
    expect(gate.queued).toBe(0);
    b!();
    c!();
    expect(gate.inFlight).toBe(0);
  });

  it('serves the queue first come, first served', async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueued: 3, maxWaitMs: 60_000 });
    const first = await gate.enter();
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) =>
      gate.enter().then((release) => {
        order.push(n);
        return release;
      }),
    );
    first!();
    for (const w of waiting) (await w)!();
    expect(order).toEqual([1, 2, 3]);
  });

  it('refuses a queued request whose wait runs out, and frees its place', async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueued: 1, maxWaitMs: 20 });
    const held = await gate.enter();
    expect(await gate.enter()).toBeNull();
    expect(gate.queued).toBe(0);
    held!();
    expect(await gate.enter()).not.toBeNull();
  });

  it('counts a release once, however often it is called', async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueued: 0, maxWaitMs: 0 });
    const release = await gate.enter();
    release!();
    release!();
    expect(gate.inFlight).toBe(0);
    expect(await gate.enter()).not.toBeNull();
    expect(await gate.enter()).toBeNull();
  });

  it('lets only Next.js built files past without a turn', () => {
    expect(bypassesAdmission('/_next/static/chunks/main.js')).toBe(true);
    expect(bypassesAdmission('/search?q=_next/static/')).toBe(false);
    expect(bypassesAdmission('/api/search?q=x')).toBe(false);
  });
});
