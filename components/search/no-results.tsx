import { toSearchHref } from '@/lib/search/search-params';
import type { Suggestion } from '@/lib/search/suggestions';

/** Nothing matched: looser searches that do find something, each with its count, then general tips. */
export function NoResults({ suggestions }: { suggestions: Array<Suggestion & { total: number }> }) {
  return (
    <div className="rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 className="font-semibold">Nothing matched.</h2>
      {suggestions.length ? (
        <>
          <p className="mt-2">These similar searches find something:</p>
          <ul className="ml-5 mt-1 list-disc" aria-label="Suggestions">
            {suggestions.map((s) => (
              <li key={s.label}>
                <a className="text-blue-800 underline" href={toSearchHref(s.request)}>
                  Search {s.label}
                </a>{' '}
                <span className="text-stone-600">
                  ({s.total.toLocaleString('en-GB')} result{s.total === 1 ? '' : 's'})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="ml-5 mt-2 list-disc">
        <li>Check the spelling, or use fewer words: every word must match.</li>
        <li>Quoted phrases must match exactly, without spelling mistakes; try without quotes.</li>
        <li>
          <a className="text-blue-800 underline" href="/help">
            How to search
          </a>
        </li>
      </ul>
    </div>
  );
}
