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

/**
 * What `toHit` reads (and `recordId` for grouping). The full text stays in the index: a hit only
 * needs its cropped, highlighted `_formatted.text`, and sending every attribute of 20 documents
 * twice (plain and `_formatted`) was most of each answer's bytes and of the JSON parsed per page.
 */
const HIT_ATTRIBUTES = ['id', 'recordId', 'recordTitle', 'kind', 'house', 'date', 'type', 'speakerName', 'role', 'party', 'constituency'] satisfies Array<keyof SearchDocument>;

const HIGHLIGHT: Partial<SearchParams> = {
  attributesToRetrieve: HIT_ATTRIBUTES,
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
    planned = planSearch(request, await lookUpSpeakerNames(client, indexName, planned.plan.unresolvedSpeakers));
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
    hits = first.hits.map((h) => ({ ...h, text: h._formatted?.text ?? '' }));
    processingTimeMs = first.processingTimeMs;
    distributions.push({ facet: null, distribution: first.facetDistribution ?? {} });
    ownFacets.forEach((f, i) => distributions.push({ facet: f.facet, distribution: results[i + 1].facetDistribution ?? {} }));
  } else {
    const main = plan.distinct
      ? await federatedDistinct(client, indexName, plan, mainFacets)
      : await federated(client, indexName, plan.alternatives, plan, { offset: plan.offset, limit: plan.limit, facets: mainFacets, highlight: true });
    total = main.total ?? main.estimatedTotalHits ?? 0;
    hits = main.hits.map((h) => ({ ...h, text: h._formatted?.text ?? '' }));
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

type FederatedAnswer = {
  hits: Array<SearchDocument & { _formatted?: Partial<SearchDocument> }>;
  estimatedTotalHits?: number;
  /** Set when we counted the hits ourselves (grouped OR search). */
  total?: number;
  processingTimeMs: number;
  facetDistribution?: Record<string, Record<string, number>>;
};

async function federated(
  client: Meilisearch,
  indexName: string,
  queries: PlannedQuery[],
  plan: SearchPlan,
  opts: { offset: number; limit: number; facets: string[]; highlight?: boolean; distinctPerQuery?: boolean },
): Promise<FederatedAnswer> {
  return client.multiSearch<never, SearchDocument>({
    federation: {
      offset: opts.offset,
      limit: opts.limit,
      ...(opts.facets.length ? { facetsByIndex: { [indexName]: opts.facets }, mergeFacets: {} } : {}),
    },
    queries: queries.map((q) => ({
      indexUid: indexName,
      ...baseParams(q, plan),
      distinct: opts.distinctPerQuery ? plan.distinct : undefined,
      ...(opts.highlight ? HIGHLIGHT : {}),
    })),
  } as never) as unknown as Promise<FederatedAnswer>;
}

/** How many grouped hits of an OR search we collect to de-duplicate debates across branches. */
export const GROUPED_OR_WINDOW = 1000;

/**
 * "One per debate" over several OR branches. Meilisearch 1.21 has no `distinct` on a federation,
 * and `distinct` per query still lets two branches bring two contributions of one debate, so we
 * take the best-ranked window of per-query-distinct hits and keep the first hit of each debate.
 */
async function federatedDistinct(client: Meilisearch, indexName: string, plan: SearchPlan, facets: string[]): Promise<FederatedAnswer> {
  const window = await federated(client, indexName, plan.alternatives, plan, { offset: 0, limit: GROUPED_OR_WINDOW, facets, highlight: true, distinctPerQuery: true });
  const seen = new Set<string>();
  const unique = window.hits.filter((h) => !seen.has(h.recordId) && seen.add(h.recordId));
  return { ...window, total: unique.length, hits: unique.slice(plan.offset, plan.offset + plan.limit) };
}

/**
 * Each `speaker:` lookup → the speakerName facet values it stands for. Facet search only matches
 * the start of a value ("vernon", not "coaker"), so we search the speakerName attribute itself
 * and read the names from its facet distribution, then keep whole-word matches.
 */
async function lookUpSpeakerNames(client: Meilisearch, indexName: string, lookups: string[]): Promise<Map<string, string[]>> {
  const attribute = FACETS.speaker.attribute;
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, SearchDocument>({
    queries: lookups.map((lookup) => ({ indexUid: indexName, q: lookup, attributesToSearchOn: [attribute], facets: [attribute], limit: 0, matchingStrategy: 'all' })),
  });
  return new Map(lookups.map((lookup, i) => [lookup, selectSpeakerNames(lookup, Object.keys(results[i].facetDistribution?.[attribute] ?? {}))]));
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
