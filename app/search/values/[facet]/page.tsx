import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetValuesPage, facetValuesTitle } from '@/components/search/facet-values-page';
import { checkFacetParam } from '@/lib/http/route-params';
import { countMatches } from '@/lib/search/app-search';
import { FILTERED_PAGES } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ facet: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE = FILTERED_PAGES.search;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const facet = checkFacetParam((await params).facet, PAGE.facets);
  return { title: facet ? facetValuesTitle(PAGE, facet, await searchParams) : 'Filter not found' };
}

/** /search/values/{facet}: every counted value of one of /search's facets for the search in the URL. */
export default async function SearchFacetValuesPage({ params, searchParams }: Props) {
  const facet = checkFacetParam((await params).facet, PAGE.facets);
  // proxy.ts answers an unknown facet first (lib/http/facet-values.ts): this is only a fallback.
  if (!facet) notFound();
  return <FacetValuesPage page={PAGE} facet={facet} searchParams={await searchParams} count={(request) => countMatches(request, [facet])} />;
}
