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
