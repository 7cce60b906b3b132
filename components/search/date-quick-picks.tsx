import { toSearchHref, withYearRange, type SearchRequest } from '@/lib/search/search-params';

/** One-click date ranges: each year that has matches, and "any date". Plain links (no JavaScript needed). */
export function DateQuickPicks({ request, years }: { request: SearchRequest; years: Record<string, number> }) {
  const list = Object.keys(years)
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => b - a)
    .slice(0, 15);
  if (list.length === 0 && !request.from && !request.to) return null;
  const isYear = (y: number) => request.from === `${y}-01-01` && request.to === `${y}-12-31`;
  return (
    <nav aria-label="Quick dates" className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="font-semibold">Dates:</span>
      {request.from || request.to ? (
        <a href={toSearchHref(withYearRange(request, null))} className="inline-block min-h-11 py-3 md:min-h-0 md:py-0 text-blue-800 underline">
          any date
        </a>
      ) : (
        <span aria-current="true">any date</span>
      )}
      {list.map((year) =>
        isYear(year) ? (
          <span key={year} aria-current="true" className="font-semibold">
            {year}
          </span>
        ) : (
          <a
            key={year}
            href={toSearchHref(withYearRange(request, year))}
            className="inline-block min-h-11 py-3 md:min-h-0 md:py-0 text-blue-800 underline"
            aria-label={`only ${year}`}
          >
            {year}
          </a>
        ),
      )}
    </nav>
  );
}
