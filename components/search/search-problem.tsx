import { SearchUnavailableError } from '@/lib/search/app-search';

/** A search that could not run (bad parameters, search service down), said in words. */
export function SearchProblem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
      <p className="font-semibold">{title}</p>
      <p className="text-sm">{children}</p>
    </div>
  );
}

/** The search service is not answering: what /search and /questions say instead of results. */
export function SearchUnavailable() {
  return <SearchProblem title="Search is temporarily unavailable">The search service is not answering. Try again in a moment.</SearchProblem>;
}

/**
 * A page's search, run and rendered: a request the search cannot read, or a search service that
 * does not answer, becomes the notice instead of results.
 */
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
