import { facetValuesRoute } from '@/app/_search/facet-values-route';
import { countQuestionMatches } from '@/lib/search/app-search';
import { FILTERED_PAGES } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

/** /questions/values/{facet}: every counted value of one of /questions' facets for the search in the URL. */
const route = facetValuesRoute(FILTERED_PAGES.questions, countQuestionMatches);
export const generateMetadata = route.generateMetadata;
export default route.Page;
