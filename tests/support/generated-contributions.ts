/**
 * Search documents generated for tests that need more contributions than the fixtures hold
 * (facet samples, totals past maxTotalHits): parties, houses, years and speakers drawn from a
 * seeded generator, so each run indexes the same documents. Every text holds "energy policy and
 * the budget"; "quarry" is in about 1 %, "road" in the rest; "housing" or "schools" in half each.
 */
import { contributionIdForSource } from '../../lib/ids';
import type { SearchDocument } from '../../lib/search/documents';
import { type FacetSample, sampleBucket } from '../../lib/search/facet-sample';
import { createHttpTransport } from '../../lib/search/http-transport';
import { createSearchClient, ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { searchContributions, type SearchResult } from '../../lib/search/run-search';
import { parseSearchParams, type SearchRequest } from '../../lib/search/search-params';
import { createRng } from '../../scripts/bench/prng';
import { servicesFromEnv } from './test-services';

const PARTIES = ['Labour', 'Conservative', 'Liberal Democrat', 'Scottish National Party', 'Green', 'Plaid Cymru'];
const PARTY_WEIGHTS = [0.4, 0.35, 0.12, 0.08, 0.03, 0.02];

/** `count` contributions in `records` debates (contribution i is in debate i mod records). */
export function generateContributions(count: number, { records = 500, seed = 2024 } = {}): SearchDocument[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = contributionIdForSource(`uk.org.publicwhip/debate/2010-01-01a.${i}.0`);
    let r = rng.next();
    const party = PARTIES[PARTY_WEIGHTS.findIndex((w) => (r -= w) < 0)] ?? PARTIES[0];
    const year = 2000 + rng.int(0, 9);
    const date = `${year}-03-0${rng.int(1, 9)}`;
    const words = ['energy policy and the budget', rng.chance(0.01) ? 'quarry' : 'road', rng.chance(0.5) ? 'housing' : 'schools'];
    return {
      id,
      recordId: `rec${String(i % records).padStart(9, '0')}`,
      documentId: 'doc000000001',
      recordTitle: 'Generated debate',
      kind: 'debate',
      house: rng.chance(0.7) ? 'Commons' : 'Lords',
      department: null,
      venue: null,
      uins: [],
      date,
      day: Math.round(Date.parse(date) / 86_400_000),
      year,
      position: i,
      type: 'speech',
      speakerName: `Member ${1 + Math.floor(40 * rng.next() ** 3)}`, // a few speak most, as in the record
      role: null,
      party,
      constituency: null,
      minister: null,
      acts: [],
      text: words.join(' '),
      questionStatus: null,
      dueDay: null,
      sampleBucket: sampleBucket(id),
    };
  });
}

/** A search as the app runs it over a generated index: a URL query in, searchContributions's result and the request read from it out. */
export type GeneratedIndexSearch = (query: string, sample?: FacetSample | null) => Promise<SearchResult & { request: SearchRequest }>;

/** Indexes `documents` afresh into `indexName` (the app's settings) on the test services, and returns a search over it. */
export async function indexGenerated(indexName: string, documents: SearchDocument[]): Promise<GeneratedIndexSearch> {
  const s = servicesFromEnv();
  if (!s) throw new Error('test services are not running (run through `npm test -- integration`)');
  const index = await ensureIndex(createSearchClient(s.meiliUrl, s.meiliKey), indexName);
  await waitForTask(index.deleteAllDocuments(), `clearing ${indexName}`);
  await waitForTask(index.addDocuments(documents), 'indexing the generated contributions', 300_000);
  const client = createSearchClient(s.meiliUrl, s.meiliKey, { httpClient: createHttpTransport() });
  return async (query, sample = null) => {
    const parsed = parseSearchParams(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(parsed.error);
    const outcome = await searchContributions(client, indexName, parsed.value, { sample });
    if (!outcome.ok) throw new Error(outcome.error);
    return { ...outcome.result, request: parsed.value };
  };
}
