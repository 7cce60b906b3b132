/**
 * proxy.ts for GET /search/values/{facet} and /questions/values/{facet}: the 404 page
 * (lib/http/not-found-page.ts) when that page lists no such facet, or null to let the values page
 * render. A page's notFound() would be blank without JavaScript (docs/decisions/018). Asks no
 * database: these pages, like /search, work while Postgres is down.
 */
import { FACETS } from '../search/fields';
import { FILTERED_PAGES, type FilteredPage } from '../search/search-params';
import { notFoundPage, type NotFoundPage } from './not-found-page';
import { checkFacetParam } from './route-params';

const VALUES_PATH = /^\/(search|questions)\/values\/([^/]+)\/?$/;

export function isFacetValuesPath(pathname: string): boolean {
  return VALUES_PATH.test(pathname);
}

export function answerFacetValuesPage(url: URL): Response | null {
  const match = VALUES_PATH.exec(url.pathname);
  if (!match) return null;
  const page: FilteredPage = FILTERED_PAGES[match[1] as keyof typeof FILTERED_PAGES];
  return checkFacetParam(match[2], page.facets) ? null : notFoundPage(facetNotFound(page, match[2], url.search));
}

function facetNotFound(page: FilteredPage, raw: string, search: string): NotFoundPage {
  const filters = page.facets.map((f) => FACETS[f].label.toLowerCase()).join(', ');
  return {
    title: 'Filter not found',
    heading: 'No such filter',
    explanation: `The ${page.name} page has no filter called “${raw.slice(0, 40)}”. Its filters are: ${filters}.`,
    links: [[`${page.path}${search}`, `Back to the ${page.name}`]],
  };
}
