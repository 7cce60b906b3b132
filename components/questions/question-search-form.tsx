import { FACET_NAMES } from '@/lib/search/fields';
import { QUESTION_PAGE_FILTERS, type SearchRequest } from '@/lib/search/search-params';
import { SortSelect } from '@/components/search/sort-select';

/** The /questions search as a plain GET form (works with JavaScript off); the other selected filters ride along. */
export function QuestionSearchForm({ request }: { request: SearchRequest }) {
  const carried = FACET_NAMES.filter((f) => f !== 'department' && !(f in QUESTION_PAGE_FILTERS));
  return (
    <form action="/questions" method="get" role="search" aria-label="Search written questions" className="flex flex-wrap items-end gap-2">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="block text-sm font-semibold">
          Words or UIN
        </label>
        <input id="q" name="q" type="search" defaultValue={request.q} maxLength={500} className="w-full rounded border border-stone-400 bg-white px-3 py-2" />
      </div>
      <div className="min-w-48">
        <label htmlFor="department" className="block text-sm font-semibold">
          Department
        </label>
        <input
          id="department"
          name="department"
          type="text"
          defaultValue={request.facets.department[0] ?? ''}
          placeholder="Home Office"
          className="w-full rounded border border-stone-400 bg-white px-3 py-2"
        />
      </div>
      <SortSelect value={request.sort} sorts={['due', 'newest', 'relevance']} />
      {carried.flatMap((facet) => request.facets[facet].map((value) => <input key={`${facet}:${value}`} type="hidden" name={facet} value={value} />))}
      {request.facets.department.slice(1).map((value) => (
        <input key={`department:${value}`} type="hidden" name="department" value={value} />
      ))}
      <button type="submit" className="rounded bg-commons px-4 py-2 font-semibold text-white">
        Search
      </button>
    </form>
  );
}
