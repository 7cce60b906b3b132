/**
 * Facet counts from a sample (decision 025) against the real Meilisearch: a generated corpus of
 * contributions with parties, houses and years drawn at random, indexed with the app's settings and
 * documents' sample buckets; each search is run with and without a sample and compared.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { FacetList } from '../../components/search/facet-list';
import { Timeline } from '../../components/search/timeline';
import { sampleRate, type FacetSample } from '../../lib/search/facet-sample';
import { FACET_NAMES, type FacetName } from '../../lib/search/fields';
import type { SearchDocument } from '../../lib/search/documents';
import type { SearchResult } from '../../lib/search/run-search';
import { parseSearchParams } from '../../lib/search/search-params';
import { type GeneratedIndexSearch, generateContributions, indexGenerated } from '../support/generated-contributions';

const INDEX = 'it_facet_sample';
const CONTRIBUTIONS = 12_000; // under maxTotalHits, so every total here is an exact count
/** A quarter of the buckets; estimated from 2,000 matches up (500 in the sample). */
const SAMPLE: FacetSample = { threshold: 2_000, buckets: 16 };

let documents: SearchDocument[];
let search: GeneratedIndexSearch;

beforeAll(async () => {
  documents = generateContributions(CONTRIBUTIONS);
  search = await indexGenerated(INDEX, documents);
}, 360_000);

/**
 * Every value holding ≥ 1 % of the matches lies within four binomial standard deviations of its
 * exact count (sampling a share p of n: sd = √(n (1 − p) / p)), plus the 0.5 % rounding; and the
 * exact top 5 are all in the estimated top 10.
 */
function expectWithinSamplingError(estimated: SearchResult, exact: SearchResult, facets: FacetName[]) {
  const p = sampleRate(SAMPLE);
  for (const facet of facets) {
    const matches = Object.values(exact.facets[facet]).reduce((a, b) => a + b, 0);
    for (const [value, n] of Object.entries(exact.facets[facet])) {
      if (n < 0.01 * matches) continue;
      const bound = 4 * Math.sqrt((n * (1 - p)) / p) + 0.005 * n;
      expect(Math.abs((estimated.facets[facet][value] ?? 0) - n), `${facet} ${value}: ${estimated.facets[facet][value]} vs ${n}`).toBeLessThanOrEqual(bound);
    }
    const top = (counts: Record<string, number>, k: number) =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, k)
        .map(([v]) => v);
    expect(top(estimated.facets[facet], 10)).toEqual(expect.arrayContaining(top(exact.facets[facet], 5)));
  }
}

describe('facet counts from a sample, on real Meilisearch', () => {
  it('estimates the counts of a large match set within the sampling error, the total exact', async () => {
    const [estimated, exact] = await Promise.all([search('', SAMPLE), search('', null)]);
    expect(estimated.facetsEstimated).toBe(true);
    expect(exact.facetsEstimated).toBe(false);
    expect(estimated.total).toBe(CONTRIBUTIONS);
    expect(exact.total).toBe(CONTRIBUTIONS);
    expect(estimated.facets.party).not.toEqual(exact.facets.party); // estimated, not counted
    expectWithinSamplingError(estimated, exact, ['party', 'house', 'year', 'speaker']);
    expect(estimated.hits.map((h) => h.id)).toEqual(exact.hits.map((h) => h.id));
  });

  it('counts a small match set exactly', async () => {
    const [small, exact] = await Promise.all([search('q=quarry', SAMPLE), search('q=quarry', null)]);
    expect(small.total).toBe(documents.filter((d) => d.text.includes('quarry')).length);
    expect(small.total).toBeLessThan(SAMPLE.threshold);
    expect(small.facetsEstimated).toBe(false);
    for (const facet of FACET_NAMES) expect(small.facets[facet]).toEqual(exact.facets[facet]);
  });

  it('a chosen value filters exactly, while its own facet, counted without it, is estimated', async () => {
    const r = await search('party=Green&perPage=100', SAMPLE);
    const green = documents.filter((d) => d.party === 'Green');
    expect(r.total).toBe(green.length);
    expect(r.hits.every((h) => h.speaker.party === 'Green')).toBe(true);
    expect(r.facetsEstimated).toBe(true); // the party counts are of everything
    const exact = await search('party=Green', null);
    expectWithinSamplingError(r, exact, ['party']);
    // The other facets are of the Green contributions only: too few to estimate, so exact.
    expect(r.facets.year).toEqual(exact.facets.year);
  });

  it('the filters list and the timeline show "≈" before estimated counts, and exact counts as they are', async () => {
    const parsed = parseSearchParams(new URLSearchParams(''));
    if (!parsed.ok) throw new Error(parsed.error);
    const request = parsed.value;
    const render = (r: SearchResult) =>
      renderToStaticMarkup(
        createElement(
          'div',
          null,
          createElement(FacetList, { request, facets: r.facets, estimated: r.facetsEstimated }),
          createElement(Timeline, { request, years: r.facets.year, estimated: r.facetsEstimated }),
        ),
      );
    const [estimated, exact] = await Promise.all([search('', SAMPLE), search('', null)]);
    const estimatedHtml = render(estimated);
    const labour = estimated.facets.party.Labour;
    expect(estimatedHtml).toContain(`≈${labour.toLocaleString('en-GB')}`);
    expect(estimatedHtml).toContain('data-facets-estimated');
    expect(estimatedHtml).toMatch(/aria-label="2000: about \d+ matches"/);
    const exactHtml = render(exact);
    expect(exactHtml).not.toContain('≈');
    expect(exactHtml).not.toContain('data-facets-estimated');
    expect(exactHtml).toContain(`>${exact.facets.party.Labour}</span>`);
  });
});
