/**
 * lib/http/facet-values.ts: which /search/values/{facet} and /questions/values/{facet} addresses
 * the proxy answers 404 (a facet the page does not list) and which it lets render. The e2e suite
 * (tests/e2e/facet-values.spec.ts) requests the real pages with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { answerFacetValuesPage, isFacetValuesPath } from '@/lib/http/facet-values';
import { FILTERED_PAGES } from '@/lib/search/search-params';
import { expectPlainPage } from '../../support/plain-page';

const at = (path: string) => answerFacetValuesPage(new URL(path, 'https://example.org'));

describe('facet values pages in the proxy', () => {
  it('lets every facet a page lists render, and only those', () => {
    for (const [name, page] of Object.entries(FILTERED_PAGES)) {
      for (const facet of page.facets) expect(at(`/${name}/values/${facet}?q=x`), `${name} ${facet}`).toBeNull();
    }
    // year has the timeline on /search; /questions always filters kind and type itself.
    for (const path of ['/search/values/year', '/search/values/Speaker', '/search/values/speakerName', '/questions/values/kind', '/questions/values/act']) {
      expect(at(path)?.status, path).toBe(404);
    }
  });

  it('answers an unknown facet with the plain 404 page, naming the filters and linking back to the same search', async () => {
    const html = await expectPlainPage(at('/questions/values/nope?q=visa&department=Home+Office'));
    expect(html).toContain('<h1>No such filter</h1>');
    expect(html).toContain('The written questions page has no filter called “nope”. Its filters are: question status, department, house, party, speaker.');
    expect(html).toContain('<a href="/questions?q=visa&amp;department=Home+Office">Back to the written questions</a>');
  });

  it('claims only the values pages', () => {
    expect(isFacetValuesPath('/search/values/speaker')).toBe(true);
    expect(isFacetValuesPath('/questions/values/x')).toBe(true);
    for (const path of ['/search', '/search/values', '/search/values/speaker/more', '/questions', '/d/values/x']) {
      expect(isFacetValuesPath(path), path).toBe(false);
      expect(at(path), path).toBeNull();
    }
  });
});
