/**
 * Runs a planned search (plan.ts) against the contributions index and shapes the answer of
 * /api/search (docs/contracts.md §3). Facet counts are disjunctive: each facet with a
 * selection is counted by its own query without that selection.
 */
import type { Meilisearch, MultiSearchQuery, SearchParams } from 'meilisearch';
import { FACETS, FACET_NAMES, fromDayNumber, REACHABLE_HITS, RECORD_ATTRIBUTE, type FacetName } from './fields';
import { planSearch, selectSpeakerNames, type FacetQuery, type PlannedQuery, type SearchPlan } from './plan';
import type { FilterClause, MeiliFilter } from './filter';
import { isLargeMatchSet, PROBE_BUCKETS, scaleCounts, withSampleFilter, type FacetSample } from './facet-sample';
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
  /** A written question's question contribution: its status and due day. */
  question?: { status: string; due: string | null };
  /** A division listed by a member's search: how the member(s) searched for voted in it (member-votes.ts). */
  votes?: Array<{ name: string; vote: string; teller: boolean; proxy: string | null }>;
}

export interface SearchResult {
  /** Exact, however large the match set, except where totalCapped says it stops at REACHABLE_HITS. */
  total: number;
  /**
   * True when `total` is REACHABLE_HITS standing for at least that many: a search grouped by debate
   * or with OR branches, whose matches past Meilisearch's maxTotalHits cannot be counted.
   */
  totalCapped: boolean;
  page: number;
  perPage: number;
  hits: SearchHit[];
  facets: Record<FacetName, Record<string, number>>;
  /** True when some facet counts were estimated from a sample of the matches (facet-sample.ts); `total` is exact. */
  facetsEstimated: boolean;
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
const HIT_ATTRIBUTES = [
  'id',
  'recordId',
  'recordTitle',
  'kind',
  'house',
  'date',
  'type',
  'speakerName',
  'role',
  'party',
  'constituency',
  'questionStatus',
  'dueDay',
] satisfies Array<keyof SearchDocument>;

const HIGHLIGHT: Partial<SearchParams> = {
  attributesToRetrieve: HIT_ATTRIBUTES,
  attributesToCrop: ['text'],
  cropLength: 40,
  cropMarker: '…',
  attributesToHighlight: ['text'],
  highlightPreTag: MATCH_START,
  highlightPostTag: MATCH_END,
};

/**
 * The one facet that is expensive to count at scale: over a thousand speakers. On a federated (OR)
 * search its counts still go as a request of their own, alongside the hits (decision 007); a
 * plain search asks everything in one multi-search, and estimates counts of large match sets from
 * a sample instead (decision 025).
 */
const SEPARATE_ATTRIBUTE = FACETS.speaker.attribute;

/** A facet every contribution has exactly one value of: its counts add up to the matches. */
export const SIZE_ATTRIBUTE = FACETS.kind.attribute;

export interface SearchOptions {
  /** Facets to count (default: all). Counting only what a caller shows spares Meilisearch work. */
  facets?: readonly FacetName[];
  /** Conditions every query must also meet (planSearch's `within`). */
  within?: readonly FilterClause[];
  /** false: the total and facet counts only, no hits fetched or highlighted (default true). */
  hits?: boolean;
  /**
   * Estimate facet counts of large match sets from this sample (facet-sample.ts); absent or null:
   * always exact. Only plain searches are sampled: OR branches and "by debate" count exactly.
   */
  sample?: FacetSample | null;
}

export async function searchContributions(client: Meilisearch, indexName: string, request: SearchRequest, options: SearchOptions = {}): Promise<SearchOutcome> {
  let planned = planSearch(request, undefined, undefined, options.within);
  if (!planned.ok) return planned;
  const { unresolvedSpeakers, unresolvedMinisters } = planned.plan;
  if (unresolvedSpeakers.length || unresolvedMinisters.length) {
    const [speakers, ministers] = await Promise.all([
      lookUpSpeakerNames(client, indexName, unresolvedSpeakers),
      lookUpMinisterNames(client, indexName, unresolvedMinisters),
    ]);
    planned = planSearch(request, speakers, ministers, options.within);
    if (!planned.ok) return planned;
  }
  const plan = planned.plan;
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, {}])) as Record<FacetName, Record<string, number>>;
  const empty = {
    page: plan.page,
    perPage: plan.perPage,
    hits: [],
    facets,
    facetsEstimated: false,
    totalCapped: false,
    warnings: plan.warnings,
    processingTimeMs: 0,
  };
  if (!plan.alternatives.length) return { ok: true, result: { total: 0, ...empty } };

  const wanted = new Set<FacetName>(options.facets ?? FACET_NAMES);
  const facetQueries = plan.facetQueries.filter((f) => wanted.has(f.facet));
  const fetchHits = options.hits ?? true;
  if (plan.alternatives.length === 1) {
    const sample = plan.distinct ? null : (options.sample ?? null);
    const answer = await singleSearch({ client, indexName, plan, groups: facetGroups(plan, facetQueries), fetchHits, sample });
    return { ok: true, result: { ...empty, ...answer, facets: { ...facets, ...answer.facets } } };
  }

  const withHits = facetQueries.filter((f) => f.sameAsMain && f.attribute !== SEPARATE_ATTRIBUTE);
  // Counted apart from the hits: facets with a selection (their own filters left out) and speakers.
  const apart = facetQueries.filter((f) => !withHits.includes(f));
  const mainFacets = withHits.map((f) => f.attribute);
  const [main, ...counts] = await Promise.all(federatedSearch({ client, indexName, plan, mainFacets, apart, fetchHits }));
  for (const f of withHits) facets[f.facet] = main.facetDistribution?.[f.attribute] ?? {};
  apart.forEach((f, i) => (facets[f.facet] = counts[i].facetDistribution?.[f.attribute] ?? {}));
  const total = main.total ?? main.totalHits ?? main.estimatedTotalHits ?? 0;
  const hits = main.hits.map((h) => toHit({ ...h, text: h._formatted?.text ?? '' }));
  return { ok: true, result: { ...empty, total, totalCapped: total >= REACHABLE_HITS, hits, facets, processingTimeMs: main.processingTimeMs } };
}

/** What the searches of a federated request need: the facets counted with the hits, those counted apart (one answer each). */
type PlannedSearches = {
  client: Meilisearch;
  indexName: string;
  plan: SearchPlan;
  mainFacets: string[];
  apart: FacetQuery[];
  fetchHits: boolean;
};

/**
 * Facets counted by one query: those without a selection share the hits' query; a facet with a
 * selection is counted by the query that leaves its own selection out (disjunctive counts).
 */
export type FacetGroup = { query: PlannedQuery; facets: Array<Pick<FacetQuery, 'facet' | 'attribute'>> };

export function facetGroups(plan: SearchPlan, facetQueries: FacetQuery[]): FacetGroup[] {
  const same = facetQueries.filter((f) => f.sameAsMain);
  return [
    ...(same.length ? [{ query: plan.alternatives[0], facets: same }] : []),
    ...facetQueries.filter((f) => !f.sameAsMain).map((f) => ({ query: f.queries[0], facets: [f] })),
  ];
}

type SingleSearch = {
  client: Meilisearch;
  indexName: string;
  plan: SearchPlan;
  groups: FacetGroup[];
  fetchHits: boolean;
  sample: FacetSample | null;
};

type SingleAnswer = Pick<SearchResult, 'total' | 'totalCapped' | 'hits' | 'facets' | 'facetsEstimated' | 'processingTimeMs'>;

/**
 * One query without OR. Exact: one multi-search of the hits (with their exact total, and the
 * counts of the facets sharing their query) and each other group's counts. With a sample: two,
 * the hits with a one-bucket probe of each group's size, then each group's counts, over the sample
 * where the probe says its set is large (decision 025: deciding first costs less than counting
 * every set over the sample and small ones again exactly).
 */
async function singleSearch({ client, indexName, plan, groups, fetchHits, sample }: SingleSearch): Promise<SingleAnswer> {
  // The hits' query also counts `kind`: every document has one, so its counts add up to the exact
  // total when Meilisearch's totalHits stops at maxTotalHits (a few values: next to nothing to count).
  const hitsQuery: MultiSearchQuery = {
    indexUid: indexName,
    ...baseParams(plan.alternatives[0], plan),
    ...(fetchHits ? { page: plan.page, hitsPerPage: plan.perPage, ...HIGHLIGHT } : { page: 1, hitsPerPage: 0 }),
    facets: [SIZE_ATTRIBUTE],
  };
  const countQuery = (group: FacetGroup, filter: MeiliFilter | undefined): MultiSearchQuery => ({
    indexUid: indexName,
    ...baseParams(group.query, plan),
    filter,
    page: 1,
    hitsPerPage: 0,
    facets: group.facets.map((f) => f.attribute),
  });
  const send = async (queries: MultiSearchQuery[]) =>
    queries.length ? ((await client.multiSearch<{ queries: MultiSearchQuery[] }, SearchDocument>({ queries })).results as SearchAnswer[]) : [];
  const facets: Partial<Record<FacetName, Record<string, number>>> = {};
  const read = (group: FacetGroup, answer: SearchAnswer, scale?: FacetSample) => {
    for (const f of group.facets) {
      const counts = answer.facetDistribution?.[f.attribute] ?? {};
      facets[f.facet] = scale ? scaleCounts(counts, scale) : counts;
    }
  };

  let main: SearchAnswer;
  let estimated = false;
  if (!sample) {
    const shared = groups.find((g) => g.query === plan.alternatives[0]);
    const rest = groups.filter((g) => g !== shared);
    const [hits, ...counts] = await send([
      { ...hitsQuery, facets: [...new Set([SIZE_ATTRIBUTE, ...(shared?.facets.map((f) => f.attribute) ?? [])])] },
      ...rest.map((g) => countQuery(g, g.query.filter)),
    ]);
    main = hits;
    if (shared) read(shared, hits);
    rest.forEach((g, i) => read(g, counts[i]));
  } else {
    // First the hits and a probe of each group's size: its count of `kind` over one bucket (every
    // contribution has one kind, so the counts add up to the matches in the bucket; totalHits
    // stops at maxTotalHits). Then each group counted over the sample when large, else exactly.
    const probe = (g: FacetGroup) => ({
      ...countQuery(g, withSampleFilter(g.query.filter, { threshold: 0, buckets: PROBE_BUCKETS })),
      facets: [SIZE_ATTRIBUTE],
    });
    const [hits, ...probes] = await send([hitsQuery, ...groups.map(probe)]);
    main = hits;
    const large = groups.map((_, i) =>
      isLargeMatchSet(
        Object.values(probes[i].facetDistribution?.[SIZE_ATTRIBUTE] ?? {}).reduce((a, b) => a + b, 0),
        sample,
      ),
    );
    const counts = await send(groups.map((g, i) => countQuery(g, large[i] ? withSampleFilter(g.query.filter, sample) : g.query.filter)));
    groups.forEach((g, i) => read(g, counts[i], large[i] ? sample : undefined));
    estimated = large.some(Boolean);
  }
  const total = countedTotal(main, !!plan.distinct);
  return {
    total,
    totalCapped: total >= REACHABLE_HITS && !!plan.distinct,
    hits: main.hits.map((h) => toHit({ ...h, text: h._formatted?.text ?? '' })),
    facets: facets as Record<FacetName, Record<string, number>>,
    facetsEstimated: estimated,
    processingTimeMs: main.processingTimeMs,
  };
}

const answerTotal = (a: SearchAnswer) => a.total ?? a.totalHits ?? a.estimatedTotalHits ?? 0;

/**
 * The hits query's exact total: Meilisearch's totalHits, or where that stops at maxTotalHits, the
 * sum of its `kind` counts (every document has one kind). Grouped by debate, the counts are of
 * contributions, not debates, so the capped total stays (the result says so: totalCapped).
 */
export function countedTotal(answer: Pick<SearchAnswer, 'total' | 'totalHits' | 'estimatedTotalHits' | 'facetDistribution'>, distinct: boolean): number {
  const total = answerTotal(answer as SearchAnswer);
  if (total < REACHABLE_HITS || distinct) return total;
  const byKind = answer.facetDistribution?.[SIZE_ATTRIBUTE] ?? {};
  return Math.max(
    total,
    Object.values(byKind).reduce((a, b) => a + b, 0),
  );
}

/** OR branches: federated searches, the hits and each separate count at once. Promises and `fetchHits` as singleSearch. */
function federatedSearch({ client, indexName, plan, mainFacets, apart, fetchHits }: PlannedSearches): Array<Promise<SearchAnswer>> {
  const hits = plan.distinct
    ? federatedDistinct(client, indexName, plan, mainFacets, fetchHits)
    : federated(client, indexName, plan.alternatives, plan, {
        offset: plan.offset,
        limit: fetchHits ? plan.limit : 0,
        facets: mainFacets,
        highlight: fetchHits,
      });
  // Speakers are counted as the hits are (with `distinct` per branch when grouping by debate).
  return [
    hits,
    ...apart.map((f) =>
      federated(client, indexName, f.queries, plan, { offset: 0, limit: 0, facets: [f.attribute], distinctPerQuery: f.sameAsMain && !!plan.distinct }),
    ),
  ];
}

/** The parameters every search of a plan shares: its words, filter, sort, grouping and matching strategy. */
export function baseParams(query: PlannedQuery, plan: SearchPlan): SearchParams & { q: string } {
  return {
    q: query.q,
    filter: query.filter,
    sort: plan.sort,
    distinct: plan.distinct,
    matchingStrategy: plan.matchingStrategy,
  };
}

type SearchAnswer = {
  hits: Array<SearchDocument & { _formatted?: Partial<SearchDocument> }>;
  totalHits?: number;
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
): Promise<SearchAnswer> {
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
      // Unhighlighted hits are only counted (federatedDistinct's window): their debate is all they need.
      ...(opts.highlight ? HIGHLIGHT : { attributesToRetrieve: [RECORD_ATTRIBUTE] }),
    })),
  } as never) as unknown as Promise<SearchAnswer>;
}

/** How many grouped hits of an OR search we collect to de-duplicate debates across branches. */
export const GROUPED_OR_WINDOW = 1000;

/**
 * "One per debate" over several OR branches. Meilisearch 1.21 has no `distinct` on a federation,
 * and `distinct` per query still lets two branches bring two contributions of one debate, so we
 * take the best-ranked window of per-query-distinct hits and keep the first hit of each debate.
 * The window is what the total is counted from, so it is fetched even without `fetchHits`, but
 * then with only each hit's debate id.
 */
async function federatedDistinct(client: Meilisearch, indexName: string, plan: SearchPlan, facets: string[], fetchHits: boolean): Promise<SearchAnswer> {
  const window = await federated(client, indexName, plan.alternatives, plan, {
    offset: 0,
    limit: GROUPED_OR_WINDOW,
    facets,
    highlight: fetchHits,
    distinctPerQuery: true,
  });
  const seen = new Set<string>();
  const unique = window.hits.filter((h) => !seen.has(h.recordId) && seen.add(h.recordId));
  return { ...window, total: unique.length, hits: fetchHits ? unique.slice(plan.offset, plan.offset + plan.limit) : [] };
}

/**
 * Each `speaker:` lookup → the speakerName facet values it stands for. Facet search only matches
 * the start of a value ("vernon", not "coaker"), so we search the speakerName attribute itself
 * and read the names from its facet distribution, then keep whole-word matches.
 */
async function lookUpSpeakerNames(client: Meilisearch, indexName: string, lookups: string[]): Promise<Map<string, string[]>> {
  if (!lookups.length) return new Map();
  const attribute = FACETS.speaker.attribute;
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, SearchDocument>({
    queries: lookups.map((lookup) => ({
      indexUid: indexName,
      q: lookup,
      attributesToSearchOn: [attribute],
      facets: [attribute],
      limit: 0,
      matchingStrategy: 'all',
    })),
  });
  return new Map(lookups.map((lookup, i) => [lookup, selectSpeakerNames(lookup, Object.keys(results[i].facetDistribution?.[attribute] ?? {}))]));
}

/**
 * Each `minister:` lookup → the minister facet values it stands for. The attribute is not
 * searchable, but ministers are few: the facet's values (up to maxValuesPerFacet, most frequent
 * first) are read once and matched whole-word as speaker: names are.
 */
async function lookUpMinisterNames(client: Meilisearch, indexName: string, lookups: string[]): Promise<Map<string, string[]>> {
  if (!lookups.length) return new Map();
  const attribute = FACETS.minister.attribute;
  const answer = await client.index<SearchDocument>(indexName).search('', { facets: [attribute], limit: 0 });
  const values = Object.keys(answer.facetDistribution?.[attribute] ?? {});
  return new Map(lookups.map((lookup) => [lookup, selectSpeakerNames(lookup, values)]));
}

export function toHit(doc: SearchDocument): SearchHit {
  return {
    id: doc.id,
    // A division is indexed as a result of its own kind, with its own page.
    url: doc.type === 'division' ? `/divisions/${doc.id}` : `/c/${doc.id}`,
    record: { id: doc.recordId, url: `/d/${doc.recordId}`, title: doc.recordTitle, kind: doc.kind, house: doc.house },
    date: doc.date,
    type: doc.type,
    speaker: { name: doc.speakerName, role: doc.role, party: doc.party, constituency: doc.constituency },
    snippet: toSnippetHtml(doc.text),
    ...(doc.questionStatus ? { question: { status: doc.questionStatus, due: doc.dueDay == null ? null : fromDayNumber(doc.dueDay) } } : {}),
  };
}
