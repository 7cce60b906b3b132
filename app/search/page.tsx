import type { Metadata } from 'next';
import { EmailMeForm } from '@/components/alerts/email-me-form';
import { toAlertSearch } from '@/lib/alerts/schemas';
import { DateQuickPicks } from '@/components/search/date-quick-picks';
import { FiltersPanel } from '@/components/search/filters-panel';
import { SearchProblem } from '@/components/search/search-problem';
import { renderSearch } from '@/app/_search/render-search';
import { NoResults } from '@/components/search/no-results';
import { Pagination } from '@/components/search/pagination';
import { ResultItem } from '@/components/search/result-item';
import { SearchForm } from '@/components/search/search-form';
import { PartyTimeline } from '@/components/search/party-timeline';
import { Timeline } from '@/components/search/timeline';
import { ReferenceNotice } from '@/components/references/reference-notice';
import { resolveSearchBoxReference } from '@/lib/references/resolve-reference';
import { parseSearchParams, emptySearchRequest } from '@/lib/search/search-params';
import { runPartyTimeline, runSearch, runSuggestions } from '@/lib/search/app-search';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  const q = parsed.ok ? parsed.value.q : '';
  return { title: q ? `“${q}” — search` : 'Search' };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(await searchParams);
  const request = parsed.ok ? parsed.value : emptySearchRequest();
  // Looked up alongside the search: a box holding a reference also searches as words.
  const referenceLookup = request.q ? resolveSearchBoxReference(request.q) : Promise.resolve(null);
  referenceLookup.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
  const alertSearch = parsed.ok ? toAlertSearch(request) : null;
  let body: React.ReactNode;
  if (!parsed.ok) {
    body = <SearchProblem title="This search could not be read">{parsed.error}</SearchProblem>;
  } else {
    body = await renderSearch(
      () => runSearch(request),
      async (outcome) => {
        const r = outcome.result;
        const [partyTimeline, suggestions] = await Promise.all([
          request.timeline === 'party' && r.total > 0 ? runPartyTimeline(request, r.facets.party) : null,
          r.total === 0 ? runSuggestions(request) : [],
        ]);
        return (
          <div className="grid gap-4 md:grid-cols-[16rem_1fr] md:gap-8">
            <FiltersPanel request={request} facets={r.facets} estimated={r.facetsEstimated} />
            <div className="min-w-0">
              {outcome.pendingDocuments > 0 ? (
                <p role="status" className="mb-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
                  The search index is updating: {outcome.pendingDocuments} recently added document{outcome.pendingDocuments === 1 ? ' is' : 's are'} not
                  searchable yet.
                </p>
              ) : null}
              {r.warnings.map((w) => (
                <p key={w} className="mb-2 text-sm text-amber-800">
                  {w}
                </p>
              ))}
              <p role="status" aria-live="polite" className="mb-3 text-sm text-stone-700" data-total={r.total}>
                {r.total === 0
                  ? 'No results'
                  : `${r.totalCapped ? 'At least ' : ''}${r.total.toLocaleString('en-GB')} ${request.group === 'record' ? 'debate' : 'result'}${r.total === 1 ? '' : 's'}`}
                {request.q ? ` for “${request.q}”` : ''}
                {request.group === 'record' && r.total > 0 ? ' (one result per debate or question; filter counts are of contributions)' : ''}
              </p>
              <DateQuickPicks request={request} years={r.facets.year} />
              <Timeline request={request} years={r.facets.year} estimated={r.facetsEstimated} />
              {partyTimeline ? <PartyTimeline request={request} years={r.facets.year} data={partyTimeline} /> : null}
              {r.total === 0 ? (
                <NoResults suggestions={suggestions} />
              ) : (
                <ol className="list-none" aria-label="Results">
                  {r.hits.map((hit) => (
                    <ResultItem key={hit.id} hit={hit} />
                  ))}
                </ol>
              )}
              <Pagination request={request} total={r.total} />
              {alertSearch ? <EmailMeForm search={alertSearch} what="new results for this search" /> : null}
            </div>
          </div>
        );
      },
    );
  }
  const reference = await referenceLookup;
  return (
    <div>
      <h1 className="sr-only">Search</h1>
      <div className="mb-6">
        <SearchForm request={request} />
      </div>
      {reference ? <ReferenceNotice found={reference} /> : null}
      {body}
    </div>
  );
}
