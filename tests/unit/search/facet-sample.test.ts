import { describe, expect, it } from 'vitest';
import {
  checkFacetSample,
  FACET_SAMPLE,
  isLargeMatchSet,
  isSampleLargeEnough,
  mayEstimateFacets,
  PROBE_BUCKETS,
  roundEstimate,
  sampleBucket,
  sampleRate,
  scaleCount,
  scaleCounts,
  withSampleFilter,
} from '../../../lib/search/facet-sample';
import { SAMPLE_ATTRIBUTE, SAMPLE_BUCKETS } from '../../../lib/search/fields';
import { contributionIdForSource } from '../../../lib/ids';

describe('sample buckets', () => {
  it('gives an id the same bucket every time, within 0 … SAMPLE_BUCKETS − 1, and spreads ids about evenly', () => {
    const ids = Array.from({ length: 64_000 }, (_, i) => contributionIdForSource(`uk.org.publicwhip/debate/2001-01-01a.${i}.0`));
    const sizes = new Array(SAMPLE_BUCKETS).fill(0);
    for (const id of ids) {
      const b = sampleBucket(id);
      expect(b).toBe(sampleBucket(id));
      expect(Number.isInteger(b) && b >= 0 && b < SAMPLE_BUCKETS).toBe(true);
      sizes[b]++;
    }
    const expected = ids.length / SAMPLE_BUCKETS;
    // 1,000 a bucket expected: ±15 % is over 4.7 standard deviations of a binomial count.
    for (const n of sizes) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it('narrows a filter to the first `buckets` buckets, keeping every clause it had', () => {
    const filter = [['house IN ["Commons"]'], ['year IN [2001]']];
    const narrowed = withSampleFilter(filter, { threshold: 0, buckets: 3 });
    expect(narrowed.slice(0, 2)).toEqual(filter);
    expect(narrowed[2]).toEqual([`${SAMPLE_ATTRIBUTE} IN [0, 1, 2]`]);
    expect(withSampleFilter(undefined, { threshold: 0, buckets: 1 })).toEqual([[`${SAMPLE_ATTRIBUTE} IN [0]`]]);
  });
});

describe('deciding to estimate', () => {
  const sample = { threshold: 80_000, buckets: 16 }; // a quarter: 20,000 sampled matches stand for 80,000

  it('estimates only when the matches the sample stands for reach the threshold', () => {
    const atThreshold = sample.threshold * sampleRate(sample);
    expect(isSampleLargeEnough(atThreshold, sample)).toBe(true);
    expect(isSampleLargeEnough(atThreshold - 1, sample)).toBe(false);
    expect(isSampleLargeEnough(0, { threshold: 0, buckets: 4 })).toBe(false);
  });

  it('a probe of PROBE_BUCKETS buckets decides: a set is large when the probe stands for the threshold or more', () => {
    const atThreshold = Math.ceil((sample.threshold * PROBE_BUCKETS) / SAMPLE_BUCKETS);
    expect(isLargeMatchSet(atThreshold, sample)).toBe(true);
    expect(isLargeMatchSet(atThreshold - 1, sample)).toBe(false);
    expect(isLargeMatchSet(0, { threshold: 0, buckets: 32 })).toBe(false);
  });

  it('refuses a setting outside the buckets there are', () => {
    expect(() => checkFacetSample({ threshold: -1, buckets: 4 })).toThrow(/threshold/);
    expect(() => checkFacetSample({ threshold: 1000, buckets: 0 })).toThrow(/buckets/);
    expect(() => checkFacetSample({ threshold: 1000, buckets: SAMPLE_BUCKETS + 1 })).toThrow(/buckets/);
    expect(checkFacetSample(FACET_SAMPLE)).toBe(FACET_SAMPLE);
  });

  it('estimates only for a search without words: with words, exact counts measured cheaper at 1 M and 5 M', () => {
    expect(mayEstimateFacets('')).toBe(true);
    expect(mayEstimateFacets('   ')).toBe(true);
    expect(mayEstimateFacets('energy')).toBe(false);
    expect(mayEstimateFacets('"climate change"')).toBe(false);
  });
});

describe('scaling and rounding', () => {
  it('keeps three significant figures, so rounding moves an estimate of 100 or more by at most 0.5 %', () => {
    for (const n of [100.4, 999.4, 1234.5, 98_765, 4_321_987, 10_049]) {
      const r = roundEstimate(n);
      expect(Math.abs(r - n) / n).toBeLessThanOrEqual(0.005 + 1e-12);
      expect(String(r).replace(/0+$/, '').length).toBeLessThanOrEqual(3);
    }
    expect(roundEstimate(12_345.6)).toBe(12_300);
    expect(roundEstimate(87.4)).toBe(87);
  });

  it('scales a count by the inverse of the rate, and a value seen in the sample is at least 1', () => {
    const quarter = { threshold: 0, buckets: SAMPLE_BUCKETS / 4 };
    expect(scaleCount(250, quarter)).toBe(1000);
    expect(scaleCount(3081, quarter)).toBe(roundEstimate(3081 * 4));
    const eighth = { threshold: 0, buckets: SAMPLE_BUCKETS / 8 };
    expect(scaleCounts({ Labour: 1234, Green: 1 }, eighth)).toEqual({ Labour: roundEstimate(1234 * 8), Green: 8 });
    expect(scaleCount(0.01, { threshold: 0, buckets: SAMPLE_BUCKETS })).toBe(1);
  });
});
