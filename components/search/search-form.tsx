import { Suspense } from 'react';
import { FACET_NAMES } from '@/lib/search/fields';
import { DEFAULT_PER_PAGE, type SearchRequest } from '@/lib/search/search-params';
import { InstantSearch } from './instant-search';
import { SortSelect } from './sort-select';

// Chromium focuses a date input's day/month/year parts, so neither :focus-visible nor :focus
// shows on the input itself: the ring goes around the field with :focus-within.
const DATE_INPUT = 'rounded border border-stone-400 bg-white px-2 py-2';
const DATE_FIELD = 'rounded focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-solid focus-within:outline-blue-700';

/**
 * The search box as a plain GET form: works with JavaScript off; current filters ride along.
 * With JavaScript, InstantSearch searches as the user types.
 */
export function SearchForm({ request }: { request: SearchRequest }) {
  return (
    <form id="search-form" action="/search" method="get" role="search" aria-label="Search the record" className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <label htmlFor="q" className="block text-sm font-semibold">
          Search words
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={request.q}
          maxLength={500}
          aria-describedby="q-help"
          placeholder='trafficking, "modern slavery" -children, speaker:coaker'
          className="w-full rounded border border-stone-400 bg-white px-3 py-2"
          data-search-box
        />
        <p id="q-help" className="mt-1 text-xs text-stone-600">
          Phrases in quotes, -word to exclude, OR between words, speaker:name, party:, department:, date:YYYYMMDD. Press / to come back to this box.{' '}
          <a href="/help" className="underline">
            Search help
          </a>
        </p>
      </div>
      <div className={DATE_FIELD}>
        <label htmlFor="from" className="block text-sm font-semibold">
          From
        </label>
        <input id="from" name="from" type="date" defaultValue={request.from ?? ''} className={DATE_INPUT} />
      </div>
      <div className={DATE_FIELD}>
        <label htmlFor="to" className="block text-sm font-semibold">
          To
        </label>
        <input id="to" name="to" type="date" defaultValue={request.to ?? ''} className={DATE_INPUT} />
      </div>
      <SortSelect value={request.sort} sorts={['relevance', 'newest', 'oldest']} />
      <div className="flex items-center gap-1 pb-2">
        <input id="group" name="group" type="checkbox" value="record" defaultChecked={request.group === 'record'} />
        <label htmlFor="group" className="text-sm">
          One per debate
        </label>
      </div>
      {FACET_NAMES.flatMap((facet) => request.facets[facet].map((value) => <input key={`${facet}:${value}`} type="hidden" name={facet} value={value} />))}
      {request.perPage !== DEFAULT_PER_PAGE ? <input type="hidden" name="perPage" value={request.perPage} /> : null}
      {request.timeline ? <input type="hidden" name="timeline" value={request.timeline} /> : null}
      <button type="submit" className="rounded bg-commons px-4 py-2 font-semibold text-white">
        Search
      </button>
      <Suspense fallback={null}>
        <InstantSearch formId="search-form" boxId="q" />
      </Suspense>
    </form>
  );
}
