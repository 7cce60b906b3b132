import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../scripts/bench/stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose

  it('gives the sample at rank ceil(p/100·n)', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('always returns an observed sample', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
  });

  it('lets one slow outlier in twenty show at p95 but not at p50', () => {
    const samples = [...Array(19).fill(5), 500];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(5);
    expect(percentile(samples, 99)).toBe(500);
  });

  it('is NaN for no samples and rejects impossible percentiles', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('summarizes count, mean and max', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, max: 4, mean: 2.5 });
  });
});
