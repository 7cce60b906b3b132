import { describe, expect, it } from 'vitest';
import { type CpuProfile, shortFile, summarizeProfile } from '../../../scripts/bench/cpu-profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

/**
 * root → render (app.js:10) → escape (app.js:20) → render (recursion) ; root → (idle) ; root → (garbage collector)
 * Samples (µs): escape 3000 + 1000, inner render 2000, render 500, idle 7000, gc 1500.
 */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('render', 'file:///srv/app/.next-bench/server/chunks/app.js', 9), children: [3] },
    { id: 3, callFrame: frame('escape', 'file:///srv/app/.next-bench/server/chunks/app.js', 19), children: [4] },
    { id: 4, callFrame: frame('render', 'file:///srv/app/.next-bench/server/chunks/app.js', 9) },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('(garbage collector)') },
  ],
  samples: [3, 4, 2, 5, 3, 6],
  timeDeltas: [3000, 2000, 500, 7000, 1000, 1500],
};

describe('summarizeProfile', () => {
  const summary = summarizeProfile(profile);
  const ms = (rows: Array<{ name: string; ms: number }>, name: string) => rows.find((r) => r.name.startsWith(name))?.ms;

  it('counts every sample once in the total and sets idle time apart', () => {
    expect(summary.totalMs).toBe(15);
    expect(summary.idleMs).toBe(7);
    expect(summary.gcMs).toBe(1.5);
  });

  it('gives self time to the sampled function and inclusive time to each caller once, however deep the recursion', () => {
    expect(ms(summary.selfByFunction, 'escape')).toBe(4);
    expect(ms(summary.selfByFunction, 'render')).toBe(2.5);
    // render is on the stack of every non-idle, non-GC sample; counted once for the recursive one.
    expect(ms(summary.inclusiveByFunction, 'render')).toBe(6.5);
    expect(ms(summary.inclusiveByFunction, 'escape')).toBe(6);
    expect(summary.selfByFunction[0].name).toBe('escape .next-bench/server/chunks/app.js:20');
  });

  it('adds self time up per file', () => {
    expect(ms(summary.selfByFile, '.next-bench/server/chunks/app.js')).toBe(6.5);
  });
});

describe('shortFile', () => {
  it('keeps the path from the last node_modules or build folder on', () => {
    expect(shortFile('file:///a/node_modules/x/node_modules/react-dom/cjs/server.js')).toBe('react-dom/cjs/server.js');
    expect(shortFile('file:///a/b/.next/server/app/page.js')).toBe('.next/server/app/page.js');
    expect(shortFile('node:internal/streams/readable')).toBe('node:internal/streams/readable');
    expect(shortFile('')).toBe('(native)');
  });
});
