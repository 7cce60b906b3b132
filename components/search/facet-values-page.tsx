import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { checkFacetParam } from '@/lib/http/route-params';
import { FACET_VALUES_CAP, FACETS, type FacetName } from '@/lib/search/fields';
import { formatDate } from '@/lib/format';
import type { SearchOutcome } from '@/lib/search/run-search';
import type { FilteredPage, SearchParamsInput, SearchRequest } from '@/lib/search/search-params';
import { countValues, EstimatedNote, FacetValues, facetEntries, valueLabel } from './facet-list';
import { renderSearch, SearchProblem } from './search-problem';

/**
 * A facet's values page (/search/values/{facet}, /questions/values/{facet}): every value the search
 * service counted for one facet of a search, as the same toggle links the filters list makes (it
 * shows only the top ones and links here). Plain links: works without JavaScript. Both routes
 * render this; `count` is their search (counts of this facet, no hits).
 */
export async function FacetValuesPage({
  page,
  facet,
  searchParams,
  count,
}: {
  page: FilteredPage;
  facet: FacetName;
  searchParams: SearchParamsInput;
  count: (request: SearchRequest) => Promise<SearchOutcome>;
}) {
  const parsed = page.parse(searchParams);
  let body: React.ReactNode;
  if (!parsed.ok) body = <SearchProblem title="This search could not be read">{parsed.error}</SearchProblem>;
  else {
    const request = parsed.value;
    body = await renderSearch(
      () => count(request),
      ({ result }) => {
        const counts = result.facets[facet];
        const entries = facetEntries(request, facet, counts);
        if (!entries.length) return <p className="text-stone-700">No {FACETS[facet].plural} in this search.</p>;
        const counted = Object.keys(counts).length;
        return (
          <>
            <p className="mb-3 text-sm text-stone-700" data-values={counted}>
              {countValues(facet, counted)}, highest count first.
              {counted >= FACET_VALUES_CAP ? ' The search service counts no more than these: narrow the search to see others.' : ''}
            </p>
            {result.facetsEstimated ? <EstimatedNote /> : null}
            <nav aria-label={`${FACETS[facet].label} filters`} className="text-sm">
              <FacetValues request={request} facet={facet} entries={entries} toHref={page.toHref} estimated={result.facetsEstimated} />
            </nav>
          </>
        );
      },
    );
  }
  const back = parsed.ok ? page.toHref(parsed.value) : page.path;
  return (
    <div className="max-w-xl">
      <p className="mb-3 text-sm">
        <a href={back} className="inline-block min-h-11 py-3 text-blue-800 underline md:min-h-0 md:py-0">
          ← Back to the {page.name}
        </a>
      </p>
      <h1 className="font-serif text-3xl font-bold">{capitalise(FACETS[facet].plural)}</h1>
      {parsed.ok ? (
        <p className="mb-4 text-stone-700">
          {capitalise(page.name)}: {describeSearch(page, parsed.value)}
        </p>
      ) : null}
      {body}
    </div>
  );
}

/** The page title: "Speakers — “energy” — search". */
export function facetValuesTitle(page: FilteredPage, facet: FacetName, searchParams: SearchParamsInput): string {
  const parsed = page.parse(searchParams);
  const q = parsed.ok ? parsed.value.q : '';
  return [capitalise(FACETS[facet].plural), q ? `“${q}”` : null, page.name].filter(Boolean).join(' — ');
}

/** The reader's search in words: “q” · Party: Labour or Conservative · from 1 January 2007; the page's fixed filters left out. */
function describeSearch(page: FilteredPage, request: SearchRequest): string {
  const parts: string[] = [];
  if (request.q) parts.push(`“${request.q}”`);
  for (const [facet, values] of Object.entries(request.facets) as Array<[FacetName, string[]]>) {
    if (values.length && !(facet in page.fixed)) parts.push(`${FACETS[facet].label}: ${values.map((v) => valueLabel(facet, v)).join(' or ')}`);
  }
  if (request.from) parts.push(`from ${formatDate(request.from)}`);
  if (request.to) parts.push(`to ${formatDate(request.to)}`);
  return parts.join(' · ') || 'everything';
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type RouteProps = { params: Promise<{ facet: string }>; searchParams: Promise<SearchParamsInput> };

/**
 * The page and metadata of one values route (app/{page}/values/[facet]/page.tsx), given the
 * page's facets and its search (`count`: that facet's counts, no hits).
 */
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
      return <FacetValuesPage page={page} facet={facet} searchParams={await searchParams} count={(request) => count(request, [facet])} />;
    },
  };
}
