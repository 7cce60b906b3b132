import { FACET_VALUES_CAP, FACETS, type FacetName } from '@/lib/search/fields';
import { formatDate } from '@/lib/format';
import type { FilteredPage, SearchRequest } from '@/lib/search/search-params';
import { countValues, EstimatedNote, FacetValues, facetEntries, valueLabel } from './facet-list';

/**
 * A facet's values page (/search/values/{facet}, /questions/values/{facet}): every value the search
 * service counted for one facet of a search, as the same toggle links the filters list makes (it
 * shows only the top ones and links here). Plain links: works without JavaScript. Both routes
 * render this (app/_search/facet-values-route.tsx runs their search); `body` is the values list or
 * what stood in the search's way.
 */
export function FacetValuesPage({
  page,
  facet,
  parsed,
  body,
}: {
  page: FilteredPage;
  facet: FacetName;
  parsed: ReturnType<FilteredPage['parse']>;
  body: React.ReactNode;
}) {
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

/** One facet's counted values in a search, highest count first, as toggle links. */
export function FacetValuesList({
  page,
  facet,
  request,
  counts,
  estimated,
}: {
  page: FilteredPage;
  facet: FacetName;
  request: SearchRequest;
  counts: Record<string, number>;
  /** Counted over a sample of a large match set (decision 025): shown with ≈ and a note. */
  estimated: boolean;
}) {
  const entries = facetEntries(request, facet, counts);
  if (!entries.length) return <p className="text-stone-700">No {FACETS[facet].plural} in this search.</p>;
  const counted = Object.keys(counts).length;
  return (
    <>
      <p className="mb-3 text-sm text-stone-700" data-values={counted}>
        {countValues(facet, counted)}, highest count first.
        {counted >= FACET_VALUES_CAP ? ' The search service counts no more than these: narrow the search to see others.' : ''}
      </p>
      {estimated ? <EstimatedNote /> : null}
      <nav aria-label={`${FACETS[facet].label} filters`} className="text-sm">
        <FacetValues request={request} facet={facet} entries={entries} toHref={page.toHref} estimated={estimated} />
      </nav>
    </>
  );
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
