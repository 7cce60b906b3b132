/**
 * Totals past Meilisearch's maxTotalHits (REACHABLE_HITS), against the real Meilisearch with the
 * app's settings: its totalHits stops at 20,000, and the search still says how many match, exactly
 * (from the `kind` counts), with and without a facet sample; grouped by debate, where the matches
 * cannot be counted, it says "at least"; paging stops at what can be reached and says why.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { Pagination } from '../../components/search/pagination';
import type { SearchDocument } from '../../lib/search/documents';
import type { FacetSample } from '../../lib/search/facet-sample';
import { REACHABLE_HITS } from '../../lib/search/fields';
import { createSearchClient } from '../../lib/search/index-admin';
import { type GeneratedIndexSearch, generateContributions, indexGenerated } from '../support/generated-contributions';
import { servicesFromEnv } from '../support/test-services';

const INDEX = 'it_search_totals';
const CONTRIBUTIONS = REACHABLE_HITS + 2_500;
/** Debates: more than REACHABLE_HITS, so a search grouped by debate goes past the limit too. */
const RECORDS = REACHABLE_HITS + 1_000;
const SAMPLE: FacetSample = { threshold: 2_000, buckets: 16 };

let documents: SearchDocument[];
let search: GeneratedIndexSearch;

beforeAll(async () => {
  documents = generateContributions(CONTRIBUTIONS, { records: RECORDS });
  search = await indexGenerated(INDEX, documents);
}, 360_000);

describe('totals past maxTotalHits, on real Meilisearch', () => {
  it('Meilisearch itself stops counting at the limit (what the search works around)', async () => {
    const s = servicesFromEnv()!;
    const raw = await createSearchClient(s.meiliUrl, s.meiliKey).index(INDEX).search('', { page: 1, hitsPerPage: 1 });
    expect(raw.totalHits).toBe(REACHABLE_HITS);
  });

  it('counts every match exactly, with exact facet counts and with estimated ones', async () => {
    for (const sample of [null, SAMPLE]) {
      const all = await search('', sample);
      expect(all.total).toBe(CONTRIBUTIONS);
      expect(all.totalCapped).toBe(false);
      const road = await search('q=road', sample);
      expect(road.total).toBe(documents.filter((d) => d.text.includes('road')).length);
      expect(road.total).toBeGreaterThan(REACHABLE_HITS);
    }
  });

  it('counts exactly under a filter and a selection of the counted facet itself', async () => {
    const commons = await search('q=energy&house=Commons');
    expect(commons.total).toBe(documents.filter((d) => d.house === 'Commons').length);
    // The selection filters the hits' query, so its `kind` counts are of the selected kinds alone.
    const debates = await search('kind=debate');
    expect(debates.total).toBe(CONTRIBUTIONS);
    const noKind = await search('kind=oral-answers');
    expect(noKind.total).toBe(0);
  });

  it('grouped by debate, says "at least" the limit rather than a count it does not have', async () => {
    const grouped = await search('group=record');
    expect(grouped.total).toBe(REACHABLE_HITS);
    expect(grouped.totalCapped).toBe(true);
    const small = await search('group=record&q=quarry');
    expect(small.totalCapped).toBe(false);
  });

  it('pages only as far as can be reached, and says so', async () => {
    const all = await search('perPage=100');
    const html = renderToStaticMarkup(createElement(Pagination, { request: all.request, total: all.total }));
    expect(html).toContain(`of ${REACHABLE_HITS / 100}`);
    expect(html).toContain('Only the first 20,000 results can be paged through');
    const small = await search('q=quarry');
    expect(renderToStaticMarkup(createElement(Pagination, { request: small.request, total: small.total }))).not.toContain('Only the first');
  });
});
