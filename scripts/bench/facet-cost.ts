/**
 * Meilisearch's engine time per facet: for each query of the mix, its hits search (as planned by
 * lib/search/plan.ts) without facets, with one facet attribute at a time and with all of them,
 * each timed by Meilisearch's own processingTimeMs; a facet's cost is its median minus the
 * facet-free median. Single searches one after another in a seeded shuffled order (no
 * multi-search, no app): engine time only, what counting each facet adds.
 */
import type { Meilisearch, SearchParams } from 'meilisearch';
import { FACETS } from '../../lib/search/fields';
import { planSearch } from '../../lib/search/plan';
import { createRng } from './prng';
import type { BenchQuery } from './queries';
import { percentile } from './stats';

export interface FacetCostOfQuery {
  name: string;
  params: string;
  /** Why the query was not measured (OR branches or a speaker lookup: not one plain search). */
  skipped?: string;
  /** Median engine ms without facets, and with every facet at once. */
  noneMs?: number;
  allMs?: number;
  /** Per facet attribute: median engine ms with that facet alone, and what it adds to none. */
  byAttribute?: Record<string, { ms: number; extraMs: number }>;
}

export interface FacetCostReport {
  method: string;
  rounds: number;
  attributes: string[];
  perQuery: FacetCostOfQuery[];
}

const ALL = '(all)';

export async function measureFacetCost(search: Meilisearch, indexName: string, queries: BenchQuery[], rounds: number): Promise<FacetCostReport> {
  const attributes = Object.values(FACETS).map((f) => f.attribute);
  const variants: Array<{ key: string; facets: string[] }> = [
    { key: '', facets: [] },
    ...attributes.map((a) => ({ key: a, facets: [a] })),
    { key: ALL, facets: attributes },
  ];
  const rng = createRng(17);
  const perQuery: FacetCostOfQuery[] = [];
  for (const q of queries) {
    const planned = planSearch(q.request);
    if (!planned.ok || planned.plan.alternatives.length !== 1 || planned.plan.unresolvedSpeakers.length) {
      perQuery.push({ name: q.name, params: q.params, skipped: planned.ok ? 'not one plain search (OR branches or a speaker: lookup)' : planned.error });
      continue;
    }
    const { plan } = planned;
    const base: SearchParams = {
      filter: plan.alternatives[0].filter,
      sort: plan.sort,
      distinct: plan.distinct,
      matchingStrategy: plan.matchingStrategy,
      page: 1,
      hitsPerPage: plan.perPage,
      attributesToRetrieve: ['id'],
    };
    const samples = new Map(variants.map((v) => [v.key, [] as number[]]));
    for (let round = -1; round < rounds; round++) {
      const order = variants.map((_, i) => i).sort(() => rng.next() - 0.5);
      for (const i of order) {
        const r = await search.index(indexName).search(plan.alternatives[0].q, { ...base, facets: variants[i].facets });
        if (round >= 0) samples.get(variants[i].key)!.push(r.processingTimeMs);
      }
    }
    const median = (key: string) => percentile(samples.get(key)!, 50);
    const noneMs = median('');
    perQuery.push({
      name: q.name,
      params: q.params,
      noneMs,
      allMs: median(ALL),
      byAttribute: Object.fromEntries(attributes.map((a) => [a, { ms: median(a), extraMs: median(a) - noneMs }])),
    });
  }
  return {
    method: `Meilisearch processingTimeMs of each query’s hits search (page 1, ids only) without facets, with each facet attribute alone and with all ${attributes.length}: median over ${rounds} rounds after a warm-up round; extra = facet alone − none.`,
    rounds,
    attributes,
    perQuery,
  };
}

/** One line per query for the log, e.g. `one word: none 2 ms, all 51 ms; speakerName +34, minister +7, …`. */
export function facetCostLines(report: FacetCostReport): string[] {
  return report.perQuery.map((q) => {
    if (q.skipped || !q.byAttribute) return `${q.name}: skipped (${q.skipped})`;
    const each = Object.entries(q.byAttribute)
      .sort((a, b) => b[1].extraMs - a[1].extraMs)
      .map(([a, c]) => `${a} ${c.extraMs >= 0 ? '+' : ''}${c.extraMs}`);
    return `${q.name}: none ${q.noneMs} ms, all ${q.allMs} ms; ${each.join(', ')}`;
  });
}
