/**
 * The page and metadata of one facet values route (app/{page}/values/[facet]/page.tsx): checks the
 * facet, runs the page's search for that facet's counts (no hits) and renders FacetValuesPage.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { capitalise, FacetValuesList, FacetValuesPage } from '@/components/search/facet-values-page';
import { SearchProblem } from '@/components/search/search-problem';
import { checkFacetParam } from '@/lib/http/route-params';
import { FACETS, type FacetName } from '@/lib/search/fields';
import type { SearchOutcome } from '@/lib/search/run-search';
import type { FilteredPage, SearchParamsInput, SearchRequest } from '@/lib/search/search-params';
import { renderSearch } from './render-search';

/** The page title: "Speakers — “energy” — search". */
export function facetValuesTitle(page: FilteredPage, facet: FacetName, searchParams: SearchParamsInput): string {
  const parsed = page.parse(searchParams);
  const q = parsed.ok ? parsed.value.q : '';
  return [capitalise(FACETS[facet].plural), q ? `“${q}”` : null, page.name].filter(Boolean).join(' — ');
}

type RouteProps = { params: Promise<{ facet: string }>; searchParams: Promise<SearchParamsInput> };

/** The route of one page's values pages, given the page's facets and its search (`count`: that facet's counts, no hits). */
export function facetValuesRoute(page: FilteredPage, count: (request: SearchRequest, facets: FacetName[]) => Promise<SearchOutcome>) {
  return {
    async generateMetadata({ params, searchParams }: RouteProps): Promise<Metadata> {
      const facet = checkFacetParam((await params).facet, page.facets);
      return { title: facet ? facetValuesTitle(page, facet, await searchParams) : 'Filter not found' };
    },
    async Page({ params, searchParams }: RouteProps) {
      const facet = checkFacetParam((await params).facet, page.facets);
      // proxy.ts answers an unknown facet first (lib/http/facet-values.ts): this is only a fallback.
      if (!facet) notFound();
      const parsed = page.parse(await searchParams);
      const body = parsed.ok ? (
        await renderSearch(
          () => count(parsed.value, [facet]),
          ({ result }) => <FacetValuesList page={page} facet={facet} request={parsed.value} counts={result.facets[facet]} estimated={result.facetsEstimated} />,
        )
      ) : (
        <SearchProblem title="This search could not be read">{parsed.error}</SearchProblem>
      );
      return <FacetValuesPage page={page} facet={facet} parsed={parsed} body={body} />;
    },
  };
}
