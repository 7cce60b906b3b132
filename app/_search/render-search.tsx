/**
 * Runs a page's search and renders it (the routes under app/ call this; components only render):
 * a request the search cannot read, or a search service that does not answer, becomes the notice
 * instead of results.
 */
import { SearchProblem, SearchUnavailable } from '@/components/search/search-problem';
import { SearchUnavailableError } from '@/lib/search/app-search';

export async function renderSearch<T extends { ok: true } | { ok: false; error: string }>(
  run: () => Promise<T>,
  render: (outcome: Extract<T, { ok: true }>) => React.ReactNode | Promise<React.ReactNode>,
): Promise<React.ReactNode> {
  try {
    const outcome = await run();
    if (!outcome.ok) return <SearchProblem title="This search could not be read">{(outcome as { error: string }).error}</SearchProblem>;
    return await render(outcome as Extract<T, { ok: true }>);
  } catch (e) {
    if (!(e instanceof SearchUnavailableError)) throw e;
    return <SearchUnavailable />;
  }
}
