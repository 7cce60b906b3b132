import { REACHABLE_HITS } from '@/lib/search/fields';
import { toSearchHref, withPage, type SearchRequest } from '@/lib/search/search-params';
import { MAX_PAGE } from '@/lib/search/search-params';

/** Pages of a search: only its first REACHABLE_HITS hits can be paged through (the index's limit), and a larger search says so. */
export function Pagination({ request, total, toHref = toSearchHref }: { request: SearchRequest; total: number; toHref?: (request: SearchRequest) => string }) {
  const pages = Math.min(MAX_PAGE, Math.ceil(Math.min(total, REACHABLE_HITS) / request.perPage));
  if (pages <= 1) return null;
  const link = (n: number) => toHref(withPage(request, n));
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-4 text-sm">
      {request.page > 1 ? (
        <a href={link(request.page - 1)} rel="prev" className="inline-block min-h-11 py-3 md:min-h-0 md:py-0 text-blue-800 underline">
          ← Previous
        </a>
      ) : null}
      <span>
        Page {request.page} of {pages}
      </span>
      {request.page < pages ? (
        <a href={link(request.page + 1)} rel="next" className="inline-block min-h-11 py-3 md:min-h-0 md:py-0 text-blue-800 underline">
          Next →
        </a>
      ) : null}
      {total > REACHABLE_HITS ? (
        <p className="basis-full text-stone-700">
          Only the first {REACHABLE_HITS.toLocaleString('en-GB')} results can be paged through: narrow the search (dates, House, speaker) to reach the others.
        </p>
      ) : null}
    </nav>
  );
}
