import { parseSearchParams } from '@/lib/search/search-params';
import { runSearch, SearchUnavailableError } from '@/lib/search/app-search';

export const dynamic = 'force-dynamic';

/** GET /api/search — ../shared/CONTRACTS.md §3. Bad parameters: 400 naming the parameter. */
export async function GET(req: Request) {
  const parsed = parseSearchParams(new URL(req.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error, param: parsed.param }, { status: 400 });
  try {
    const outcome = await runSearch(parsed.value);
    // box-syntax errors quote the fragment; name the parameter as CONTRACTS §3 asks
    if (!outcome.ok) return Response.json({ error: `${outcome.param}: ${outcome.error}`, param: outcome.param }, { status: 400 });
    const { processingTimeMs, ...result } = outcome.result;
    return Response.json(
      { ...result, indexUpdating: outcome.pendingDocuments > 0 },
      { headers: { 'Server-Timing': `search;dur=${processingTimeMs}` } },
    );
  } catch (e) {
    if (e instanceof SearchUnavailableError) return Response.json({ error: 'search is temporarily unavailable; try again in a moment' }, { status: 503 });
    throw e;
  }
}
