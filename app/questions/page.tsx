import type { Metadata } from 'next';
import { FiltersPanel } from '@/components/search/filters-panel';
import { SearchProblem } from '@/components/search/search-problem';
import { renderSearch } from '@/app/_search/render-search';
import { Pagination } from '@/components/search/pagination';
import { QuestionItem } from '@/components/questions/question-item';
import { QuestionSearchForm } from '@/components/questions/question-search-form';
import { emptySearchRequest, parseQuestionSearchParams, QUESTION_FACETS, toQuestionsHref } from '@/lib/search/search-params';
import { runQuestionSearch } from '@/lib/search/app-search';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Written questions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /questions: written questions with their status, soonest due first; the search page's filters in the URL. */
export default async function QuestionsPage({ searchParams }: Props) {
  const parsed = parseQuestionSearchParams(await searchParams);
  const request = parsed.ok ? parsed.value : emptySearchRequest();
  const today = new Date().toISOString().slice(0, 10);
  let body: React.ReactNode;
  if (!parsed.ok) body = <SearchProblem title="This search could not be read">{parsed.error}</SearchProblem>;
  else {
    body = await renderSearch(
      () => runQuestionSearch(request),
      ({ result: r }) => (
        <div className="grid gap-4 md:grid-cols-[16rem_1fr] md:gap-8">
          <FiltersPanel request={request} facets={r.facets} estimated={r.facetsEstimated} toHref={toQuestionsHref} only={QUESTION_FACETS} />
          <div className="min-w-0">
            <p role="status" className="mb-3 text-sm text-stone-700" data-total={r.total}>
              {r.total === 0 ? 'No questions' : `${r.total.toLocaleString('en-GB')} question${r.total === 1 ? '' : 's'}`}
              {request.q ? ` for “${request.q}”` : ''}
            </p>
            {r.total ? (
              <ol className="list-none" aria-label="Questions">
                {r.hits.map((hit) => (
                  <QuestionItem key={hit.id} hit={hit} today={today} />
                ))}
              </ol>
            ) : null}
            <Pagination request={request} total={r.total} toHref={toQuestionsHref} />
          </div>
        </div>
      ),
    );
  }
  return (
    <div>
      <h1 className="mb-2 font-serif text-3xl font-bold">Written questions</h1>
      <p className="mb-4 max-w-prose text-sm text-stone-700">
        Questions members put to government departments in writing, with where each stands: not yet answered, holding answer, answered, corrected or withdrawn.{' '}
        <strong>Overdue</strong> means the day the answer was due (the named day, or the usual date) has passed with no answer.
      </p>
      <div className="mb-6">
        <QuestionSearchForm request={request} />
      </div>
      {body}
    </div>
  );
}
