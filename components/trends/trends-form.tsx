import { FACET_NAMES } from '@/lib/search/fields';
import { MAX_TERMS, type TrendsRequest } from '@/lib/search/trends-params';

const FIELD = 'rounded border border-stone-400 bg-white px-3 py-2 min-h-11';

/** The trends question as a plain GET form (works without JavaScript); search filters ride along. */
export function TrendsForm({ request }: { request: TrendsRequest }) {
  const f = request.filters;
  return (
    <form action="/trends" method="get" aria-label="Compare terms over time" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor="terms" className="block text-sm font-semibold">
          Terms or phrases, separated by commas (up to {MAX_TERMS})
        </label>
        <input id="terms" name="terms" type="search" defaultValue={request.terms.join(', ')} placeholder="fracking, net zero" className={`w-full ${FIELD}`} />
      </div>
      <div>
        <label htmlFor="trends-from" className="block text-sm font-semibold">
          From
        </label>
        <input id="trends-from" name="from" type="date" defaultValue={f.from ?? ''} className={FIELD} />
      </div>
      <div>
        <label htmlFor="trends-to" className="block text-sm font-semibold">
          To
        </label>
        <input id="trends-to" name="to" type="date" defaultValue={f.to ?? ''} className={FIELD} />
      </div>
      <div className="flex min-h-11 items-center gap-2">
        <input id="split" name="split" type="checkbox" value="party" defaultChecked={request.split === 'party'} className="h-5 w-5" />
        <label htmlFor="split" className="text-sm">
          Split by party
        </label>
      </div>
      {FACET_NAMES.flatMap((facet) => f.facets[facet].map((value) => <input key={`${facet}:${value}`} type="hidden" name={facet} value={value} />))}
      <button type="submit" className="min-h-11 rounded bg-commons px-4 py-2 font-semibold text-white">
        Show trends
      </button>
    </form>
  );
}
