import { FACET_NAMES, type FacetName } from '@/lib/search/fields';
import type { SearchRequest } from '@/lib/search/search-params';
import { FacetList } from './facet-list';

/**
 * The facets behind one "Filters (n)" control on a phone, so results come first; beside the
 * results on a wider screen, always shown (globals.css opens `.filters-panel` from md up). A
 * <details> works without JavaScript.
 */
export function FiltersPanel({ request, facets }: { request: SearchRequest; facets: Record<FacetName, Record<string, number>> }) {
  const selected = FACET_NAMES.reduce((n, f) => n + request.facets[f].length, 0);
  return (
    <details className="filters-panel min-w-0">
      <summary className="flex min-h-11 cursor-pointer items-center rounded border border-stone-400 bg-white px-3 font-semibold md:hidden" data-filters-toggle>
        Filters ({selected})
      </summary>
      <div className="pt-3 md:pt-0">
        <FacetList request={request} facets={facets} />
      </div>
    </details>
  );
}
