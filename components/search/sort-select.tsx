import type { SortName } from '@/lib/search/fields';

const LABELS: Record<SortName, string> = {
  relevance: 'Relevance',
  newest: 'Newest first',
  oldest: 'Oldest first',
  due: 'Due date, soonest first',
};

/** The order of hits as a labelled select of a GET form (`sort`), with the orders a page offers, in the order given. */
export function SortSelect({ value, sorts }: { value: SortName; sorts: readonly SortName[] }) {
  return (
    <div>
      <label htmlFor="sort" className="block text-sm font-semibold">
        Sort
      </label>
      <select id="sort" name="sort" defaultValue={value} className="rounded border border-stone-400 bg-white px-2 py-2">
        {sorts.map((name) => (
          <option key={name} value={name}>
            {LABELS[name]}
          </option>
        ))}
      </select>
    </div>
  );
}
