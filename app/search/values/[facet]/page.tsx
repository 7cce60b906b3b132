import { facetValuesRoute } from '@/app/_search/facet-values-route';
import { countFacetValues } from '@/lib/search/app-search';
import { FILTERED_PAGES } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

/** /search/values/{facet}: every counted value of one of /search's facets for the search in the URL. */
const route = facetValuesRoute(FILTERED_PAGES.search, countFacetValues);
export const generateMetadata = route.generateMetadata;
export default route.Page;
