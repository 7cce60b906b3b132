import { FACET_VALUES_CAP, FACETS, type FacetName } from '@/lib/search/fields';
import { SEARCH_PAGE_FACETS, toFacetValuesHref, toSearchHref, withFacetToggled, type SearchRequest } from '@/lib/search/search-params';
import { formatFacetCount, KIND_LABELS, QUESTION_STATUS_LABELS, TYPE_LABELS, VENUE_LABELS } from '@/lib/format';

const VALUE_LABELS: Partial<Record<FacetName, Record<string, string>>> = {
  kind: KIND_LABELS,
  type: TYPE_LABELS,
  venue: VENUE_LABELS,
  status: QUESTION_STATUS_LABELS,
};
/**
 * Values shown per facet (selected values are always shown); the rest are on the facet's values
 * page. Listing all of them here (up to FACET_VALUES_CAP each, hidden behind "More") cost ~150 KB of
 * HTML, as much again of React payload and about half the CPU of every search page.
 */
const SHOWN = 8;

export type FacetListProps = {
  request: SearchRequest;
  facets: Record<FacetName, Record<string, number>>;
  /** The counts were estimated from a sample of the matches: shown as "≈ n" (decision 025). */
  estimated?: boolean;
  /** A link to a request: /search by default, /questions for that page's own URLs. */
  toHref?: (request: SearchRequest) => string;
  /** The facets to show, in order (default: the search page's, all but year). */
  only?: readonly FacetName[];
};

/**
 * Facets with counts; each value is a link that adds or removes it (so it works without
 * JavaScript). A facet with more values than are shown links to its values page.
 */
export function FacetList({ request, facets, estimated = false, toHref = toSearchHref, only = SEARCH_PAGE_FACETS }: FacetListProps) {
  return (
    <nav aria-label="Filters" className="space-y-5 text-sm">
      {estimated ? <EstimatedNote /> : null}
      {only.map((facet) => {
        const entries = facetEntries(request, facet, facets[facet] ?? {});
        if (!entries.length) return null;
        const shown = Math.max(SHOWN, request.facets[facet].length);
        const headingId = `facet-${facet}`;
        return (
          <section key={facet} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-1 font-semibold">
              {FACETS[facet].label}
            </h2>
            <FacetValues request={request} facet={facet} entries={entries.slice(0, shown)} toHref={toHref} estimated={estimated} />
            {entries.length > shown ? (
              <a
                href={toFacetValuesHref(toHref(request), facet)}
                data-facet-values={facet}
                className="mt-1 flex min-h-11 items-center px-1 text-blue-800 underline md:min-h-0 md:py-0.5"
              >
                {countValues(facet, Object.keys(facets[facet] ?? {}).length)}
                <span aria-hidden="true">&nbsp;→</span>
              </a>
            ) : null}
          </section>
        );
      })}
    </nav>
  );
}

/** Said once above estimated counts: what "≈" means, and that choosing a value still filters exactly. */
export function EstimatedNote() {
  return (
    <p className="text-xs text-stone-600" data-facets-estimated>
      Counts marked ≈ are estimated from a sample of the matches; choosing one filters exactly.
    </p>
  );
}

/** A facet's values, most counted first (then by name), with selected values it did not count at 0. */
export function facetEntries(request: SearchRequest, facet: FacetName, counts: Record<string, number>): Array<[string, number]> {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const s of request.facets[facet]) if (!entries.some(([v]) => v === s)) entries.unshift([s, 0]);
  return entries;
}

/** "All 57 speakers", or "Top 300 speakers" when the search service counted as many values as it counts. */
export function countValues(facet: FacetName, counted: number): string {
  return `${counted >= FACET_VALUES_CAP ? 'Top' : 'All'} ${counted.toLocaleString('en-GB')} ${FACETS[facet].plural}`;
}

/** How a facet's value is shown: "Oral answers" for `oral-answers`, names as they are. */
export function valueLabel(facet: FacetName, value: string): string {
  return VALUE_LABELS[facet]?.[value] ?? value;
}

/** One facet's values as links that add or remove them; 44 px tall on a phone, compact beside the results. */
export function FacetValues({
  request,
  facet,
  entries,
  toHref,
  estimated = false,
}: {
  request: SearchRequest;
  facet: FacetName;
  entries: Array<[string, number]>;
  toHref: (request: SearchRequest) => string;
  estimated?: boolean;
}) {
  return (
    <ul className="space-y-0.5">
      {entries.map(([value, count]) => {
        const active = request.facets[facet].includes(value);
        const label = valueLabel(facet, value);
        return (
          <li key={value}>
            <a
              href={toHref(withFacetToggled(request, facet, value))}
              aria-current={active ? 'true' : undefined}
              data-facet={facet}
              data-value={value}
              data-count={count}
              className={`flex min-h-11 items-center justify-between gap-2 rounded px-1 py-0.5 hover:bg-stone-200 md:min-h-0 ${active ? 'bg-emerald-100 font-semibold' : ''}`}
            >
              <span>
                <span aria-hidden="true">{active ? '☑ ' : '☐ '}</span>
                {label}
                {active ? <span className="sr-only"> (selected, activate to remove)</span> : null}
              </span>
              <span className="tabular-nums text-stone-600">{formatFacetCount(count, estimated)}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
