import { toSearchHref, withFacetToggled, type SearchRequest } from '@/lib/search/search-params';
import type { PartyTimeline as PartyTimelineData } from '@/lib/search/app-search';

const OTHER = 'Other or not recorded';

/**
 * Matches per year split by party, as a table: numbers and labels carry it, not colour. Each year
 * links to that year's results; each count to that year and party.
 */
export function PartyTimeline({ request, years, data }: { request: SearchRequest; years: Record<string, number>; data: PartyTimelineData }) {
  const rows = Object.entries(years)
    .filter(([y]) => /^\d{4}$/.test(y))
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  if (rows.length === 0) return null;
  const countOf = (party: string, year: string) => data.countsByParty[party]?.[year] ?? 0;
  return (
    <div className="mb-4 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">Matches per year by party</caption>
        <thead>
          <tr className="border-b border-stone-400 text-left">
            <th scope="col" className="py-1 pr-3">
              Year
            </th>
            {data.parties.map((party) => (
              <th key={party} scope="col" className="py-1 pr-3">
                {party}
              </th>
            ))}
            <th scope="col" className="py-1 pr-3">
              {OTHER}
            </th>
            <th scope="col" className="py-1 pr-3">
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([year, total]) => {
            const other = total - data.parties.reduce((sum, p) => sum + countOf(p, year), 0);
            const yearRequest = withFacetToggled(request, 'year', year);
            return (
              <tr key={year} className="border-b border-stone-200">
                <th scope="row" className="py-1 pr-3 text-left">
                  <a href={toSearchHref(yearRequest)} className="text-blue-800 underline" aria-label={`${year}: show only this year`}>
                    {year}
                  </a>
                </th>
                {data.parties.map((party) => {
                  const n = countOf(party, year);
                  return (
                    <td key={party} className="py-1 pr-3 tabular-nums" data-party={party} data-year={year}>
                      {n && !request.facets.party.includes(party) ? (
                        <a href={toSearchHref(withFacetToggled(yearRequest, 'party', party))} className="underline" aria-label={`${n} by ${party} in ${year}`}>
                          {n}
                        </a>
                      ) : (
                        n
                      )}
                    </td>
                  );
                })}
                <td className="py-1 pr-3 tabular-nums">{Math.max(0, other)}</td>
                <td className="py-1 pr-3 tabular-nums">{total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
