/**
 * The app server's search: the Meilisearch client (its key, search-only under `npm start`, stays
 * here, on the server) and the one call routes make. Also says when the index is behind Postgres, so a page can tell users
 * results may be incomplete instead of silently missing them.
 */
import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { getDb } from '../db/client';
import { countPendingDocuments } from '../db/store';
import { appMeiliKey, getEnv } from '../env';
import { FACET_SAMPLE, type FacetSample, mayEstimateFacets } from './facet-sample';
import { OVERDUE, SAMPLE_ATTRIBUTE, type FacetName } from './fields';
import { createSearchClient } from './index-admin';
import { createHttpTransport } from './http-transport';
import { addMemberVotes } from './member-votes';
import { searchContributions, type SearchOutcome, type SearchResult } from './run-search';
import type { SearchRequest } from './search-params';
import { suggestLooserSearches, type Suggestion } from './suggestions';
import { computeTrends, type TrendsOutcome } from './trends';
import type { TrendsRequest } from './trends-params';

let client: Meilisearch | undefined;

function getSearchClient(): Meilisearch {
  const env = getEnv();
  if (!env.MEILI_URL) throw new Error('MEILI_URL is not set: start the app with `npm start`, which sets it');
  client ??= createSearchClient(env.MEILI_URL, appMeiliKey(env), { httpClient: createHttpTransport() });
  return client;
}

export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}

/** How long a count of documents waiting for the index is reused: the notice may lag by this much. */
const PENDING_COUNT_TTL_MS = 2_000;
let pendingCount: { at: number; value: Promise<number> } | null = null;

/** Documents waiting for the index, counted at most once per PENDING_COUNT_TTL_MS (every /search asked before). */
function countPendingDocumentsCached(): Promise<number> {
  const now = Date.now();
  if (!pendingCount || now - pendingCount.at > PENDING_COUNT_TTL_MS) {
    pendingCount = { at: now, value: countPendingDocuments(getDb()).catch(() => 0) };
  }
  return pendingCount.value;
}

/** How long the answer to "does every indexed document carry a sample bucket?" is reused. */
const SAMPLE_CHECK_TTL_MS = 60_000;
let sampleCheck: { at: number; value: Promise<FacetSample | null> } | null = null;

/**
 * The sample `request`'s facet counts may be estimated over: null (exact counts) for a search with
 * words (`mayEstimateFacets`), while an index built before decision 025 holds documents without a
 * bucket (`npm run reindex` gives them one), or when the index cannot be asked; else FACET_SAMPLE.
 * The index is asked at most once per SAMPLE_CHECK_TTL_MS.
 */
function facetSampleFor(request: SearchRequest): Promise<FacetSample | null> {
  if (!mayEstimateFacets(request.q)) return Promise.resolve(null);
  const now = Date.now();
  if (!sampleCheck || now - sampleCheck.at > SAMPLE_CHECK_TTL_MS) {
    const ask = getSearchClient()
      .index(getEnv().MEILI_INDEX)
      .search('', { filter: `${SAMPLE_ATTRIBUTE} NOT EXISTS`, page: 1, hitsPerPage: 0 })
      .then((r) => (r.totalHits === 0 ? FACET_SAMPLE : null))
      .catch(() => null);
    sampleCheck = { at: now, value: ask };
  }
  return sampleCheck.value;
}

export async function runSearch(request: SearchRequest): Promise<SearchOutcome & { pendingDocuments: number }> {
  const pending = countPendingDocumentsCached();
  try {
    const sample = await facetSampleFor(request);
    const [outcome, pendingDocuments] = await Promise.all([searchContributions(getSearchClient(), getEnv().MEILI_INDEX, request, { sample }), pending]);
    return { ...(await withMemberVotes(outcome, request)), pendingDocuments };
  } catch (cause) {
    throw new SearchUnavailableError('the search service is not answering', { cause });
  }
}

/** A member's search: each division hit with the member's vote (member-votes.ts). */
async function withMemberVotes(outcome: SearchOutcome, request: SearchRequest): Promise<SearchOutcome> {
  if (!outcome.ok || !request.facets.speaker.length) return outcome;
  return { ...outcome, result: { ...outcome.result, hits: await addMemberVotes(getDb(), outcome.result.hits, request.facets.speaker) } };
}

/**
 * One page of hits and the total, with no facet counts and no check of the index's backlog: the
 * exports and feeds page through whole searches and show no facets, and counting every facet for
 * each of up to 100 pages was most of an export's cost.
 */
export async function runHitsOnly(request: SearchRequest): Promise<SearchOutcome> {
  try {
    return await withMemberVotes(await searchContributions(getSearchClient(), getEnv().MEILI_INDEX, request, { facets: [] }), request);
  } catch (cause) {
    throw new SearchUnavailableError('the search service is not answering', { cause });
  }
}

/** Parties shown in the timeline split; the rest are counted together. */
export const TIMELINE_PARTIES = 5;

export type PartyTimeline = { parties: string[]; countsByParty: Record<string, Record<string, number>> };

/**
 * Matches per year for each of the top parties (or the selected ones), on demand (timeline=party):
 * the same search with the party filter set to each party in turn.
 */
export async function runPartyTimeline(request: SearchRequest, partyCounts: Record<string, number>): Promise<PartyTimeline> {
  const parties = request.facets.party.length
    ? request.facets.party
    : Object.entries(partyCounts)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TIMELINE_PARTIES)
        .map(([party]) => party);
  const answers = await Promise.all(parties.map((party) => runCounted({ ...request, facets: { ...request.facets, party: [party] } }, ['year'])));
  return { parties, countsByParty: Object.fromEntries(parties.map((p, i) => [p, answers[i]?.facets.year ?? {}])) };
}

/** Looser versions of a search that found nothing, with how many each finds (only those that find some). */
export async function runSuggestions(request: SearchRequest): Promise<Array<Suggestion & { total: number }>> {
  const suggestions = suggestLooserSearches(request);
  const answers = await Promise.all(suggestions.map((s) => runCounted(s.request, [])));
  return suggestions.map((s, i) => ({ ...s, total: answers[i]?.total ?? 0 })).filter((s) => s.total > 0);
}

/**
 * A search for its total and the counts of the `facets` named, without hits (trends, suggestions,
 * the party timeline: exact counts). `estimate`: counts of a large match set may be estimated from
 * a sample, as the search page's are (a facet's values page).
 */
export async function countMatches(request: SearchRequest, facets: readonly FacetName[], { estimate = false } = {}): Promise<SearchOutcome> {
  try {
    const sample = estimate ? await facetSampleFor(request) : null;
    return await searchContributions(getSearchClient(), getEnv().MEILI_INDEX, { ...request, page: 1 }, { facets, hits: false, sample });
  } catch (cause) {
    throw new SearchUnavailableError('the search service is not answering', { cause });
  }
}

/**
 * The /questions page's search: runSearch, plus how many of the questions it would show are
 * overdue (its status selection left out, as facet counts are), so `overdue` is counted beside the
 * stored statuses.
 */
export function runQuestionSearch(request: SearchRequest): Promise<SearchOutcome & { pendingDocuments: number }> {
  return withOverdueCount(request, runSearch(request));
}

/** A /search facet values page's counts: estimated for a large match set, as on the search page. */
export function countFacetValues(request: SearchRequest, facets: readonly FacetName[]): Promise<SearchOutcome> {
  return countMatches(request, facets, { estimate: true });
}

/** countFacetValues for a /questions facet values page: `overdue` among the statuses, as on the page. */
export function countQuestionMatches(request: SearchRequest, facets: readonly FacetName[]): Promise<SearchOutcome> {
  const counted = countFacetValues(request, facets);
  return facets.includes('status') ? withOverdueCount(request, counted) : counted;
}

/** A question search's outcome with how many of its questions are overdue, counted alongside it. */
async function withOverdueCount<T extends SearchOutcome>(request: SearchRequest, search: Promise<T>): Promise<T> {
  const overdueRequest: SearchRequest = { ...request, facets: { ...request.facets, status: [OVERDUE] }, page: 1 };
  const [outcome, overdue] = await Promise.all([search, countMatches(overdueRequest, [])]);
  if (!outcome.ok || !overdue.ok) return outcome;
  return {
    ...outcome,
    result: { ...outcome.result, facets: { ...outcome.result.facets, status: { ...outcome.result.facets.status, [OVERDUE]: overdue.result.total } } },
  };
}

/** A search for its total and the `facets` named; null when the request cannot run. */
async function runCounted(request: SearchRequest, facets: FacetName[]): Promise<SearchResult | null> {
  const outcome = await countMatches(request, facets);
  return outcome.ok ? outcome.result : null;
}

/** /trends and its CSV: mentions per period of each term, counted by this server's searches. */
export function runTrends(request: TrendsRequest): Promise<TrendsOutcome> {
  return computeTrends(request, countMatches);
}
