import { FACET_NAMES } from '@/lib/search/fields';
import { FacetList, type FacetListProps } from './facet-list';

/**
 * The facets behind one "Filters (n)" control on a phone, so results come first; beside the
 * results on a wider screen, always shown (globals.css opens `.filters-panel` from md up). A
 * <details> works without JavaScript. /search and /questions share it; `toHref` and `only` pass to
 * FacetList, and the count is of the filters among `only` (a page's fixed filters are not the reader's).
 */
export function FiltersPanel(props: FacetListProps) {
  const selected = (props.only ?? FACET_NAMES).reduce((n, f) => n + props.request.facets[f].length, 0);
  return (
    <details className="filters-panel min-w-0">
      <summary className="flex min-h-11 cursor-pointer items-center rounded border border-stone-400 bg-white px-3 font-semibold md:hidden" data-filters-toggle>
        Filters ({selected})
      </summary>
      <div className="pt-3 md:pt-0">
        <FacetList {...props} />
      </div>
    </details>
  );
}
