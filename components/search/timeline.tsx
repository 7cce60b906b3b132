import { formatFacetCount } from '@/lib/format';
import { toSearchHref, toSearchParams, withFacetToggled, type SearchRequest } from '@/lib/search/search-params';

/**
 * Matching contributions per year as an SVG bar chart. Each bar is a link that filters to its
 * year; counts are written as text, so the chart reads without colour.
 */
export function Timeline({ request, years, estimated = false }: { request: SearchRequest; years: Record<string, number>; estimated?: boolean }) {
  const entries = Object.entries(years)
    .map(([y, n]) => [Number(y), n] as const)
    .filter(([y]) => Number.isFinite(y))
    .sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return null;
  const first = entries[0][0];
  const last = entries[entries.length - 1][0];
  const span = Math.min(last - first + 1, 80);
  const all = Array.from({ length: span }, (_, i) => first + i).map((y) => [y, years[String(y)] ?? 0] as const);
  const max = Math.max(...all.map(([, n]) => n));
  const barWidth = Math.max(14, Math.min(48, Math.floor(640 / all.length)));
  const height = 90;
  const width = all.length * barWidth;
  return (
    <figure className="mb-4" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="mb-1 text-sm font-semibold">
        Matches per year <span className="font-normal text-stone-600">(select a bar to filter by that year)</span>{' '}
        <a href={toSearchHref({ ...request, timeline: request.timeline === 'party' ? null : 'party' })} className="ml-2 font-normal text-blue-800 underline">
          {request.timeline === 'party' ? 'Hide the split by party' : 'Split by party'}
        </a>
      </figcaption>
      <svg width={width} height={height + 30} role="group" aria-label="Matches per year" className="max-w-full overflow-visible">
        {all.map(([year, n], i) => {
          const h = max ? Math.max(n ? 2 : 0, Math.round((n / max) * height)) : 0;
          const selected = request.facets.year.includes(String(year));
          const href = `/search?${toSearchParams(withFacetToggled(request, 'year', String(year))).toString()}`;
          return (
            <a
              key={year}
              href={href}
              className="group outline-none"
              aria-label={`${year}: ${estimated && n ? 'about ' : ''}${n} matches${selected ? ' (selected)' : ''}`}
            >
              <rect
                x={i * barWidth + 2}
                y={height - h + 12}
                width={barWidth - 4}
                height={h}
                className={`${selected ? 'fill-emerald-700' : 'fill-stone-500 hover:fill-emerald-600'} group-focus-visible:stroke-blue-700 group-focus-visible:[stroke-width:3]`}
              />
              <text x={i * barWidth + barWidth / 2} y={height - h + 9} textAnchor="middle" className="fill-stone-700 text-[9px]">
                {n ? formatFacetCount(n, estimated) : ''}
              </text>
              {all.length <= 12 || i % Math.ceil(all.length / 12) === 0 ? (
                <text x={i * barWidth + barWidth / 2} y={height + 26} textAnchor="middle" className="fill-stone-700 text-[10px]">
                  {year}
                </text>
              ) : null}
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
