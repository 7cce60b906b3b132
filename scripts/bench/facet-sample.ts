/**
 * What estimating facet counts from a sample (lib/search/facet-sample.ts, decision 025) costs and
 * how far off it is, for each candidate (threshold, rate). For each query of the mix, plus one
 * matching everything, the queries run-search.ts sends are timed by Meilisearch's processingTimeMs
 * (medians over rounds, in a seeded shuffled order): exact as one multi-search, and each facet
 * group's count over each sample rate and exactly. A candidate's cost per query is the hits query,
 * every group over the sample, and the exact count of each group its sample calls small. The error
 * compares the scaled, rounded counts with the exact ones: every value holding ≥ 1 % of the
 * matches within ±5 %, and none of the exact top 5 missing from the shown top 10.
 */
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { isLargeMatchSet, PROBE_BUCKETS, scaleCounts, withSampleFilter, type FacetSample } from '../../lib/search/facet-sample';
import { SAMPLE_BUCKETS } from '../../lib/search/fields';
import { planSearch } from '../../lib/search/plan';
import { baseParams, facetGroups, SIZE_ATTRIBUTE, type FacetGroup } from '../../lib/search/run-search';
import { parseSearchParams } from '../../lib/search/search-params';
import { createRng } from './prng';
import type { BenchQuery } from './queries';
import { percentile } from './stats';

/** Sample sizes tried, in buckets of SAMPLE_BUCKETS (1/16 … 1/2), and thresholds of estimated matches. */
export const SAMPLE_BUCKET_CHOICES = [4, 8, 16, 32];
export const SAMPLE_THRESHOLDS = [0, 50_000, 100_000, 200_000, 400_000, 800_000, 1_600_000];

/** The error target of issue 24. */
const SHARE_CHECKED = 0.01;
const MAX_RELATIVE_ERROR = 0.05;

type Counts = Record<string, number>;

type SampleError = ReturnType<typeof sampleError>;

interface GroupMeasure {
  facets: string[];
  /** Contributions matched (every contribution has one kind, so the kind counts add up to it). */
  matches: number;
  exactMs: number;
  /** The one-bucket probe: matches in it (its kind counts added up) and its engine ms. */
  probeSize: number;
  probeMs: number;
  /** Per bucket choice: engine ms, and the error over the group's facets. */
  sampled: Record<number, { ms: number; error: SampleError }>;
}

export interface FacetSampleOfQuery {
  name: string;
  params: string;
  skipped?: string;
  /** Median engine ms of today's exact multi-search, and of the hits query alone. */
  exactMs?: number;
  hitsMs?: number;
  groups?: GroupMeasure[];
}

export interface FacetSampleCandidate {
  threshold: number;
  buckets: number;
  /** Engine ms summed over the queries: sampled (with the exact counts of small groups) and exact. */
  sampledMs: number;
  exactMs: number;
  /** Queries with at least one estimated facet group. */
  estimatedQueries: number;
  worstError: number;
  valuesOff: number;
  topMissing: number;
  met: boolean;
}

export interface FacetSampleReport {
  method: string;
  rounds: number;
  perQuery: FacetSampleOfQuery[];
  candidates: FacetSampleCandidate[];
}

/** The bench mix plus a search that matches everything, the largest set a reader can ask for. */
export function facetSampleQueries(queries: BenchQuery[]): BenchQuery[] {
  const everything = parseSearchParams(new URLSearchParams(''));
  if (!everything.ok) throw new Error('the empty search must parse');
  return [...queries, { name: 'everything', params: '', request: everything.value }];
}

export async function measureFacetSample(search: Meilisearch, indexName: string, queries: BenchQuery[], rounds: number): Promise<FacetSampleReport> {
  const rng = createRng(25);
  const perQuery: FacetSampleOfQuery[] = [];
  for (const q of facetSampleQueries(queries)) {
    const planned = planSearch(q.request);
    if (!planned.ok || planned.plan.alternatives.length !== 1 || planned.plan.unresolvedSpeakers.length || planned.plan.distinct) {
      perQuery.push({ name: q.name, params: q.params, skipped: 'not sampled: OR branches, a speaker: lookup or grouped by debate' });
      continue;
    }
    const { plan } = planned;
    const groups = facetGroups(plan, plan.facetQueries);
    const hits: MultiSearchQuery = {
      indexUid: indexName,
      ...baseParams(plan.alternatives[0], plan),
      page: 1,
      hitsPerPage: plan.perPage,
      attributesToRetrieve: ['id'],
    };
    const count = (g: FacetGroup, sample?: FacetSample, facets = g.facets.map((f) => f.attribute)): MultiSearchQuery => ({
      indexUid: indexName,
      ...baseParams(g.query, plan),
      filter: sample ? withSampleFilter(g.query.filter, sample) : g.query.filter,
      page: 1,
      hitsPerPage: 0,
      facets,
    });
    const shared = groups.find((g) => g.query === plan.alternatives[0]);
    const variants: Array<{ key: string; queries: MultiSearchQuery[] }> = [
      {
        key: 'exact',
        queries: [{ ...hits, facets: shared?.facets.map((f) => f.attribute) ?? [] }, ...groups.filter((g) => g !== shared).map((g) => count(g))],
      },
      { key: 'hits', queries: [hits] },
      { key: 'groups', queries: groups.map((g) => count(g)) },
      // As run-search.ts sends it: each group's kind counted over one bucket, whose counts add up to its size.
      { key: 'probe', queries: groups.map((g) => count(g, { threshold: 0, buckets: PROBE_BUCKETS }, [SIZE_ATTRIBUTE])) },
      ...SAMPLE_BUCKET_CHOICES.map((b) => ({ key: `sample${b}`, queries: groups.map((g) => count(g, { threshold: 0, buckets: b })) })),
    ];
    const ms = new Map<string, number[][]>(variants.map((v) => [v.key, []]));
    const last = new Map<string, Array<{ totalHits?: number; facetDistribution?: Record<string, Counts> }>>();
    for (let round = -1; round < rounds; round++) {
      for (const i of variants.map((_, i) => i).sort(() => rng.next() - 0.5)) {
        const { results } = await search.multiSearch({ queries: variants[i].queries });
        if (round >= 0) ms.get(variants[i].key)!.push(results.map((r) => r.processingTimeMs));
        last.set(variants[i].key, results as never);
      }
    }
    /** Median over rounds of one query's ms, or of the whole request's (all queries summed). */
    const median = (key: string, index?: number) =>
      percentile(
        ms.get(key)!.map((r) => (index === undefined ? r.reduce((a, b) => a + b, 0) : r[index])),
        50,
      );
    const { results: matchCounts } = await search.multiSearch({ queries: groups.map((g) => count(g, undefined, [SIZE_ATTRIBUTE])) });
    perQuery.push({
      name: q.name,
      params: q.params,
      exactMs: median('exact'),
      hitsMs: median('hits'),
      groups: groups.map((g, i) => ({
        facets: g.facets.map((f) => f.attribute),
        matches: Object.values(matchCounts[i].facetDistribution?.[SIZE_ATTRIBUTE] ?? {}).reduce((a, b) => a + b, 0),
        exactMs: median('groups', i),
        probeSize: Object.values(last.get('probe')![i].facetDistribution?.[SIZE_ATTRIBUTE] ?? {}).reduce((a, b) => a + b, 0),
        probeMs: median('probe', i),
        sampled: Object.fromEntries(
          SAMPLE_BUCKET_CHOICES.map((b) => {
            const answer = last.get(`sample${b}`)![i];
            const exact = last.get('groups')![i].facetDistribution ?? {};
            const matches = Object.values(matchCounts[i].facetDistribution?.[SIZE_ATTRIBUTE] ?? {}).reduce((a, b) => a + b, 0);
            const errors = g.facets.map((f) =>
              sampleError(exact[f.attribute] ?? {}, scaleCounts(answer.facetDistribution?.[f.attribute] ?? {}, { threshold: 0, buckets: b }), matches),
            );
            return [b, { ms: median(`sample${b}`, i), error: combineErrors(errors) }];
          }),
        ),
      })),
    });
  }
  return {
    method: `Meilisearch processingTimeMs, median over ${rounds} rounds after a warm-up round, of the searches run-search.ts sends for each query (page 1, ids only): exact, as one multi-search; and each facet group counted over a sample of b/${SAMPLE_BUCKETS} sample buckets and exactly. A candidate (threshold T, rate) costs the hits query, a one-bucket size probe of every group, and each group's count: over the sample when its probe stands for ≥ T matches, else exact; its error is over the groups it estimates.`,
    rounds,
    perQuery,
    candidates: evaluateCandidates(perQuery),
  };
}

/** Every (threshold, rate) pair of the grid. */
export function evaluateCandidates(perQuery: FacetSampleOfQuery[]): FacetSampleCandidate[] {
  const candidates: FacetSampleCandidate[] = [];
  for (const buckets of SAMPLE_BUCKET_CHOICES)
    for (const threshold of SAMPLE_THRESHOLDS) {
      const sample = { threshold, buckets };
      const c: FacetSampleCandidate = {
        threshold,
        buckets,
        sampledMs: 0,
        exactMs: 0,
        estimatedQueries: 0,
        worstError: 0,
        valuesOff: 0,
        topMissing: 0,
        met: true,
      };
      for (const q of perQuery) {
        if (!q.groups) continue;
        c.exactMs += q.exactMs!;
        c.sampledMs += q.hitsMs!;
        let estimated = false;
        for (const g of q.groups) {
          const s = g.sampled[buckets];
          c.sampledMs += g.probeMs;
          if (!isLargeMatchSet(g.probeSize, sample)) {
            c.sampledMs += g.exactMs;
            continue;
          }
          c.sampledMs += s.ms;
          estimated = true;
          c.worstError = Math.max(c.worstError, s.error.worstError);
          c.valuesOff += s.error.valuesOff;
          c.topMissing += s.error.topMissing;
        }
        if (estimated) c.estimatedQueries++;
      }
      c.met = c.valuesOff === 0 && c.topMissing === 0;
      c.sampledMs = Math.round(c.sampledMs * 10) / 10;
      candidates.push(c);
    }
  return candidates;
}

/**
 * How far estimated counts are from the exact ones: the worst relative error among values holding
 * ≥ 1 % of `matches`, how many of those are off by more than 5 %, and how many of the exact top 5
 * are missing from the estimated top 10 (ordered as the facet lists order them).
 */
export function sampleError(exact: Counts, estimated: Counts, matches: number) {
  let worstError = 0;
  let valuesOff = 0;
  for (const [value, n] of Object.entries(exact)) {
    if (n < SHARE_CHECKED * matches) continue;
    const error = Math.abs((estimated[value] ?? 0) - n) / n;
    worstError = Math.max(worstError, error);
    if (error > MAX_RELATIVE_ERROR) valuesOff++;
  }
  const top = (counts: Counts, k: number) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, k)
      .map(([v]) => v);
  const shown = new Set(top(estimated, 10));
  const topMissing = top(exact, 5).filter((v) => !shown.has(v)).length;
  return { worstError, valuesOff, topMissing };
}

function combineErrors(errors: SampleError[]): SampleError {
  return {
    worstError: Math.max(0, ...errors.map((e) => e.worstError)),
    valuesOff: errors.reduce((n, e) => n + e.valuesOff, 0),
    topMissing: errors.reduce((n, e) => n + e.topMissing, 0),
  };
}

/** One line per candidate, e.g. `threshold 80000, rate 4/64: engine ms 120 vs exact 300 (0.4×), …`. */
export function facetSampleLines(report: FacetSampleReport): string[] {
  return report.candidates.map(
    (c) =>
      `threshold ${c.threshold}, rate ${c.buckets}/${SAMPLE_BUCKETS}: engine ms ${c.sampledMs} vs exact ${c.exactMs} (${(c.sampledMs / c.exactMs).toFixed(2)}×), estimated in ${c.estimatedQueries} queries; worst error ${(c.worstError * 100).toFixed(1)}% (values ≥ 1%), ${c.valuesOff} values off by > 5%, ${c.topMissing} of the top 5 missing from the top 10 → target ${c.met ? 'met' : 'missed'}`,
  );
}

/** Per query and rate: matches, what the probe saw, and each rate's ms (probe included) and worst error, to read error against set size. */
export function facetSampleQueryLines(report: FacetSampleReport): string[] {
  return report.perQuery.map((q) => {
    if (!q.groups) return `${q.name}: ${q.skipped}`;
    const main = q.groups[0];
    const byRate = SAMPLE_BUCKET_CHOICES.map((b) => {
      const worst = Math.max(...q.groups!.map((g) => g.sampled[b].error.worstError));
      const ms = q.hitsMs! + q.groups!.reduce((sum, g) => sum + g.probeMs + g.sampled[b].ms, 0);
      return `${b}/${SAMPLE_BUCKETS} ${ms} ms, worst ${(worst * 100).toFixed(1)}%`;
    });
    const probeMs = q.groups.reduce((sum, g) => sum + g.probeMs, 0);
    return `${q.name}: ${main.matches} matches (probe ${main.probeSize} × ${SAMPLE_BUCKETS / PROBE_BUCKETS}), exact ${q.exactMs} ms (hits alone ${q.hitsMs}, probes ${probeMs}); sampled ${byRate.join('; ')}`;
  });
}
