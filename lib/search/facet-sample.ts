/**
 * Facet counts of a large match set estimated from a deterministic sample (decision 025). Every
 * indexed contribution carries a sample bucket made from its id. A probe (one bucket) sizes each
 * facet query's match set; at or above `threshold` matches, its facets are counted over the first
 * `buckets` of SAMPLE_BUCKETS buckets, and the counts are scaled up by the inverse of that rate and
 * rounded, so they do not read as exact. Hit totals and what a chosen value filters stay exact.
 * Pure: no I/O.
 */
import { SAMPLE_ATTRIBUTE, SAMPLE_BUCKETS } from './fields';
import type { MeiliFilter } from './filter';

export type FacetSample = {
  /** Matches (as estimated from the sample) from which counts are estimated; below, they are exact. */
  threshold: number;
  /** How many of the SAMPLE_BUCKETS buckets the sample holds: the rate is buckets / SAMPLE_BUCKETS. */
  buckets: number;
};

/** Significant figures an estimated count keeps: three keep rounding within 0.5 % of the estimate. */
const ESTIMATE_DIGITS = 3;

/**
 * The bucket of a contribution id: FNV-1a over its UTF-16 code units, modulo SAMPLE_BUCKETS. Stable
 * across runs and machines (the index must hold the same bucket for an id however often it is
 * rebuilt); ids are random-looking, so buckets are near enough equal in size.
 */
export function sampleBucket(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SAMPLE_BUCKETS;
}

export function sampleRate(sample: FacetSample): number {
  return sample.buckets / SAMPLE_BUCKETS;
}

/** A setting outside 1 … SAMPLE_BUCKETS buckets or with a negative threshold is a programming error. */
export function checkFacetSample(sample: FacetSample): FacetSample {
  if (!Number.isInteger(sample.buckets) || sample.buckets < 1 || sample.buckets > SAMPLE_BUCKETS)
    throw new Error(`facet sample: buckets must be an integer from 1 to ${SAMPLE_BUCKETS}, got ${sample.buckets}`);
  if (!(sample.threshold >= 0)) throw new Error(`facet sample: threshold must be ≥ 0, got ${sample.threshold}`);
  return sample;
}

/** `filter` narrowed to the sample's buckets (our own integers: nothing of the user's reaches it). */
export function withSampleFilter(filter: MeiliFilter | undefined, sample: FacetSample): MeiliFilter {
  const buckets = Array.from({ length: sample.buckets }, (_, i) => i);
  return [...(filter ?? []), [`${SAMPLE_ATTRIBUTE} IN [${buckets.join(', ')}]`]];
}

/**
 * Whether a query whose sample held `sampleSize` matches is large enough to show estimated counts:
 * the matches it stands for reach the threshold. Below, its counts are asked for exactly.
 */
export function isSampleLargeEnough(sampleSize: number, sample: FacetSample): boolean {
  return sampleSize > 0 && sampleSize / sampleRate(sample) >= sample.threshold;
}

/**
 * Buckets a size probe counts: 1 of 64 tells a set of hundreds of thousands from a small one (at
 * 400,000 matches the probe holds ~6,250, ±1.3 %) for about 1/64 of the cost of counting the set.
 */
export const PROBE_BUCKETS = 1;

/**
 * Whether a query whose probe (PROBE_BUCKETS buckets) held `probeSize` matches stands for a set at
 * or above the threshold: then its facets are counted over the sample, else exactly.
 */
export function isLargeMatchSet(probeSize: number, sample: FacetSample): boolean {
  return isSampleLargeEnough(probeSize, { threshold: sample.threshold, buckets: PROBE_BUCKETS });
}

/** A count from the sample scaled to the whole match set and rounded; a value seen at all is ≥ 1. */
export function scaleCount(sampled: number, sample: FacetSample): number {
  return Math.max(1, roundEstimate(sampled / sampleRate(sample)));
}

export function scaleCounts(counts: Record<string, number>, sample: FacetSample): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([value, n]) => [value, scaleCount(n, sample)]));
}

/** n to ESTIMATE_DIGITS significant figures: 12,345.6 → 12,300; 87.4 → 87. */
export function roundEstimate(n: number): number {
  if (n < 10 ** ESTIMATE_DIGITS) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) + 1 - ESTIMATE_DIGITS);
  return Math.round(n / unit) * unit;
}

/**
 * The app's setting, chosen by `npm run bench` (facet sample section; decision 025): at 1 M and 5 M
 * only a search of nearly everything counted faster over a sample (5 M: 23 ms against 28 exact, worst
 * error 0.9 %); every search with words cost more sampled than exact, at every rate.
 */
export const FACET_SAMPLE: FacetSample = checkFacetSample({ threshold: 800_000, buckets: 32 });

/**
 * Whether a search may have its facet counts estimated: only one without words. A search with words
 * counted exactly cost less than over any sample at 1 M and 5 M (decision 025), so it is spared the
 * probe and its second round trip.
 */
export function mayEstimateFacets(q: string): boolean {
  return q.trim() === '';
}
