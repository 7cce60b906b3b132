import type { SortName } from '@/lib/search/fields';

/** The order of hits as a labelled select of a GET form (`sort`), with the orders a page offers. */
export function SortSelect({ value, options }: { value: SortName; options: ReadonlyArray<[SortName, string]> }) {
  return (
    <div>
      <label htmlFor="sort" className="block text-sm font-semibold">
        Sort
      </label>
      <select id="sort" name="sort" defaultValue={value} className="rounded border border-stone-400 bg-white px-2 py-2">
        {options.map(([name, label]) => (
          <option key={name} value={name}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
