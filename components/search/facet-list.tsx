import { FACETS, FACET_NAMES, type FacetName } from '@/lib/search/fields';
import { toSearchHref, withFacetToggled, type SearchRequest } from '@/lib/search/search-params';
import { KIND_LABELS, QUESTION_STATUS_LABELS, TYPE_LABELS, VENUE_LABELS } from '@/lib/format';

const VALUE_LABELS: Partial<Record<FacetName, Record<string, string>>> = {
  kind: KIND_LABELS,
  type: TYPE_LABELS,
  venue: VENUE_LABELS,
  status: QUESTION_STATUS_LABELS,
};
/** Values shown at once per facet; the rest behind "More" (selected values are always shown). */
const SHOWN = 8;

export type FacetListProps = {
  request: SearchRequest;
  facets: Record<FacetName, Record<string, number>>;
  /** A link to a request: /search by default, /questions for that page's own URLs. */
  toHref?: (request: SearchRequest) => string;
  /** The facets to show, in order (default: all but year). */
  only?: readonly FacetName[];
};

/** Facets with counts; each value is a link that adds or removes it (so it works without JavaScript). */
export function FacetList({ request, facets, toHref = toSearchHref, only = FACET_NAMES.filter((f) => f !== 'year') }: FacetListProps) {
  return (
    <nav aria-label="Filters" className="space-y-5 text-sm">
      {only.map((facet) => {
        const selected = request.facets[facet];
        const entries = Object.entries(facets[facet] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        for (const s of selected) if (!entries.some(([v]) => v === s)) entries.unshift([s, 0]);
        if (!entries.length) return null;
        const headingId = `facet-${facet}`;
        return (
          <section key={facet} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-1 font-semibold">
              {FACETS[facet].label}
            </h2>
            <FacetValues request={request} facet={facet} entries={entries.slice(0, Math.max(SHOWN, selected.length))} toHref={toHref} />
            {entries.length > Math.max(SHOWN, selected.length) ? (
              <details className="mt-1">
                <summary className="flex min-h-11 cursor-pointer items-center px-1 text-blue-800 md:min-h-0 md:py-0.5">
                  More {FACETS[facet].label.toLowerCase()} values ({entries.length - Math.max(SHOWN, selected.length)})
                </summary>
                <FacetValues request={request} facet={facet} entries={entries.slice(Math.max(SHOWN, selected.length))} toHref={toHref} />
              </details>
            ) : null}
          </section>
        );
      })}
    </nav>
  );
}

/** One facet's values as links that add or remove them; 44 px tall on a phone, compact beside the results. */
function FacetValues({
  request,
  facet,
  entries,
  toHref,
}: {
  request: SearchRequest;
  facet: FacetName;
  entries: Array<[string, number]>;
  toHref: (request: SearchRequest) => string;
}) {
  return (
    <ul className="space-y-0.5">
      {entries.map(([value, count]) => {
        const active = request.facets[facet].includes(value);
        const label = VALUE_LABELS[facet]?.[value] ?? value;
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
              <span className="tabular-nums text-stone-600">{count}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
