import type { Metadata } from 'next';
import { SearchProblem } from '@/components/search/search-problem';
import { renderSearch } from '@/app/_search/render-search';
import { TrendChart } from '@/components/trends/trend-chart';
import { toTrendPanels } from '@/components/trends/trend-panels';
import { TrendTable } from '@/components/trends/trend-table';
import { TrendsForm } from '@/components/trends/trends-form';
import { runTrends } from '@/lib/search/app-search';
import type { TrendsResult } from '@/lib/search/trends';
import { emptySearchRequest } from '@/lib/search/search-params';
import { parseTrendsParams, toTrendsHref, type TrendsRequest } from '@/lib/search/trends-params';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseTrendsParams(await searchParams);
  return { title: parsed.ok && parsed.value.terms.length ? `Trends: ${parsed.value.terms.join(', ')}` : 'Trends' };
}

async function TrendsBody({ request }: { request: TrendsRequest }) {
  if (!request.terms.length) return <p className="text-stone-700">Name up to four terms or phrases to see how often they were said, year by year.</p>;
  return renderSearch(
    () => runTrends(request),
    (outcome) => <TrendsResultView request={request} result={outcome.value} />,
  );
}

function TrendsResultView({ request, result }: { request: TrendsRequest; result: TrendsResult }) {
  if (!result.periods.length) return <p className="text-stone-700">No dated contributions match these filters.</p>;
  return (
    <div>
      <p className="text-sm text-stone-700">
        Contributions that mention each term, per {result.granularity}, per 10,000 contributions in that {result.granularity} under the same filters
        {result.parties ? `, for the ${result.parties.length} largest parties (or those selected)` : ''}. Contributions without a date are not counted. Select a
        point or a number to see the search it counts.{' '}
        <a href={toTrendsHref(request, 'csv')} className="text-blue-800 underline">
          Download the series (CSV)
        </a>
      </p>
      {toTrendPanels(result).map((panel, i) => (
        <section key={panel.title} aria-label={panel.title} className="mt-6">
          <TrendChart panel={panel} id={`trend-${i}`} />
          <TrendTable panel={panel} id={`trend-table-${i}`} />
        </section>
      ))}
    </div>
  );
}

export default async function TrendsPage({ searchParams }: Props) {
  const parsed = parseTrendsParams(await searchParams);
  const request: TrendsRequest = parsed.ok ? parsed.value : { terms: [], split: null, format: null, filters: emptySearchRequest() };
  return (
    <div>
      <h1 className="mb-4 font-serif text-3xl font-bold">Trends: words over time</h1>
      <TrendsForm request={request} />
      <div className="mt-6">
        {parsed.ok ? <TrendsBody request={request} /> : <SearchProblem title="This request could not be read">{parsed.error}</SearchProblem>}
      </div>
    </div>
  );
}
