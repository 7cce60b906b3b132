import { badRequest } from '@/lib/http/client-errors';
import { withSearchService } from '@/lib/http/search-unavailable';
import { runSearch } from '@/lib/search/app-search';
import { parseSearchParams } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

/** GET /api/search — docs/contracts.md §3. Bad parameters: 400 naming the parameter; search down: 503. */
export async function GET(req: Request) {
  const parsed = parseSearchParams(new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.error, parsed.param);
  return withSearchService(async () => {
    const outcome = await runSearch(parsed.value);
    // box-syntax errors quote the fragment; name the parameter as docs/contracts.md §3 asks
    if (!outcome.ok) return badRequest(`${outcome.param}: ${outcome.error}`, outcome.param);
    const { processingTimeMs, ...result } = outcome.result;
    return Response.json({ ...result, indexUpdating: outcome.pendingDocuments > 0 }, { headers: { 'Server-Timing': `search;dur=${processingTimeMs}` } });
  });
}
