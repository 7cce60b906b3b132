/**
 * Runs a planned search (plan.ts) against the contributions index and shapes the answer of
 * /api/search (../shared/CONTRACTS.md §3). Facet counts are disjunctive: each facet with a
 * selection is counted by its own query without that selection.
 */
import type { Meilisearch, MultiSearchQuery, SearchParams } from 'meilisearch';
import { FACETS, FACET_NAMES, type FacetName } from './fields';
import { planSearch, selectSpeakerNames, type PlannedQuery, type SearchPlan } from './plan';
import type { SearchRequest } from './search-params';
import type { SearchDocument } from './documents';
import { MATCH_END, MATCH_START, toSnippetHtml } from './snippet';

export interface SearchHit {
  id: string;
  url: string;
  record: { id: string; url: string; title: string; kind: string; house: string | null };
  date: string | null;
  type: string;
  speaker: { name: string | null; role: string | null; party: string | null; constituency: string | null };
  snippet: string;
}

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  hits: SearchHit[];
  facets: Record<FacetName, Record<string, number>>;
  warnings: string[];
  /** Meilisearch's processing time for the hits query, for the benchmark. */
  processingTimeMs: number;
}

export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; error: string; param: string };

const HIGHLIGHT: Partial<SearchParams> = {
  attributesToCrop: ['text'],
  cropLength: 40,
  cropMarker: '…',
  attributesToHighlight: ['text'],
  highlightPreTag: MATCH_START,
  highlightPostTag: MATCH_END,
};

const ALL_FACET_ATTRIBUTES = FACET_NAMES.map((f) => FACETS[f].attribute);

export async function searchContributions(client: Meilisearch, indexName: string, request: SearchRequest): Promise<SearchOutcome> {
  let planned = planSearch(request);
  if (!planned.ok) return planned;
  if (planned.plan.unresolvedSpeakers.length) {
    const names = new Map<string, string[]>();
    for (const lookup of planned.plan.unresolvedSpeakers) {
      const found = await client.index(indexName).searchForFacetValues({ facetName: FACETS.speaker.attribute, facetQuery: lookup });
      names.set(lookup, selectSpeakerNames(lookup, found.facetHits.map((h) => h.value)));
    }
    planned = planSearch(request, names);
    if (!planned.ok) return planned;
  }
  const plan = planned.plan;
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, {}])) as Record<FacetName, Record<string, number>>;
  if (!plan.alternatives.length) return { ok: true, result: { total: 0, page: plan.page, perPage: plan.perPage, hits: [], facets, warnings: plan.warnings, processingTimeMs: 0 } };

  const mainFacets = plan.facetQueries.filter((f) => f.sameAsMain).map((f) => f.attribute);
  const ownFacets = plan.facetQueries.filter((f) => !f.sameAsMain);
  let total: number;
  let hits: SearchDocument[];
  let processingTimeMs: number;
  const distributions: Array<{ facet: FacetName | null; distribution: Record<string, Record<string, number>> }> = [];

  if (plan.alternatives.length === 1) {
    const [main] = plan.alternatives;
    const queries: MultiSearchQuery[] = [
      { indexUid: indexName, ...baseParams(main, plan), page: plan.page, hitsPerPage: plan.perPage, facets: mainFacets, ...HIGHLIGHT },
      ...ownFacets.map((f) => ({ indexUid: indexName, ...baseParams(f.queries[0], plan), page: 1, hitsPerPage: 0, facets: [f.attribute] })),
    ];
    const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, SearchDocument>({ queries });
    const first = results[0];
    total = first.totalHits ?? first.estimatedTotalHits ?? 0;
    hits = first.hits.map((h) => ({ ...h, text: h._formatted?.text ?? h.text }));
    processingTimeMs = first.processingTimeMs;
    distributions.push({ facet: null, distribution: first.facetDistribution ?? {} });
    ownFacets.forEach((f, i) => distributions.push({ facet: f.facet, distribution: results[i + 1].facetDistribution ?? {} }));
  } else {
    const main = await federated(client, indexName, plan.alternatives, plan, { offset: plan.offset, limit: plan.limit, facets: mainFacets, highlight: true });
    total = main.estimatedTotalHits ?? 0;
    hits = main.hits.map((h) => ({ ...h, text: h._formatted?.text ?? h.text }));
    processingTimeMs = main.processingTimeMs;
    distributions.push({ facet: null, distribution: main.facetDistribution ?? {} });
    for (const f of ownFacets) {
      const r = await federated(client, indexName, f.queries, plan, { offset: 0, limit: 0, facets: [f.attribute] });
      distributions.push({ facet: f.facet, distribution: r.facetDistribution ?? {} });
    }
  }

  for (const { facet, distribution } of distributions) {
    for (const name of FACET_NAMES) {
      if (facet !== null && facet !== name) continue;
      if (facet === null && !plan.facetQueries.find((q) => q.facet === name)?.sameAsMain) continue;
      facets[name] = distribution[FACETS[name].attribute] ?? {};
    }
  }
  return { ok: true, result: { total, page: plan.page, perPage: plan.perPage, hits: hits.map(toHit), facets, warnings: plan.warnings, processingTimeMs } };
}

function baseParams(query: PlannedQuery, plan: SearchPlan): SearchParams & { q: string } {
  return {
    q: query.q,
    filter: query.filter,
    sort: plan.sort,
    distinct: plan.distinct,
    matchingStrategy: plan.matchingStrategy,
  };
}

async function federated(
  client: Meilisearch,
  indexName: string,
  queries: PlannedQuery[],
  plan: SearchPlan,
  opts: { offset: number; limit: number; facets: string[]; highlight?: boolean },
) {
  return client.multiSearch<never, SearchDocument>({
    federation: {
      offset: opts.offset,
      limit: opts.limit,
      ...(opts.facets.length ? { facetsByIndex: { [indexName]: opts.facets }, mergeFacets: {} } : {}),
      ...(plan.distinct ? { distinct: plan.distinct } : {}),
    },
    queries: queries.map((q) => ({ indexUid: indexName, ...baseParams(q, plan), distinct: undefined, ...(opts.highlight ? HIGHLIGHT : {}) })),
  } as never) as unknown as Promise<{ hits: Array<SearchDocument & { _formatted?: Partial<SearchDocument> }>; estimatedTotalHits?: number; processingTimeMs: number; facetDistribution?: Record<string, Record<string, number>> }>;
}

export function toHit(doc: SearchDocument): SearchHit {
  return {
    id: doc.id,
    url: `/c/${doc.id}`,
    record: { id: doc.recordId, url: `/d/${doc.recordId}`, title: doc.recordTitle, kind: doc.kind, house: doc.house },
    date: doc.date,
    type: doc.type,
    speaker: { name: doc.speakerName, role: doc.role, party: doc.party, constituency: doc.constituency },
    snippet: toSnippetHtml(doc.text),
  };
}

export { ALL_FACET_ATTRIBUTES };
