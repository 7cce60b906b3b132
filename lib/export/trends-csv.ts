/**
 * The series of /trends as CSV (`/trends?…&format=csv`, docs/contracts.md §4): one row per period,
 * term (and party when split) with mentions, contributions and the rate per 10,000.
 */
import 'server-only';
import { badRequest } from '../http/client-errors';
import { withSearchService } from '../http/search-unavailable';
import { runTrends } from '../search/app-search';
import type { TrendsResult } from '../search/trends';
import { parseTrendsParams } from '../search/trends-params';
import { CSV_CONTENT_TYPE, toCsvRow } from './csv';

export function toTrendsCsv(result: TrendsResult): string {
  const split = result.parties !== null;
  const header = ['period', 'term', ...(split ? ['party'] : []), 'mentions', 'contributions', 'per_10000'];
  const rows = result.points.map((p) => toCsvRow([p.period, p.term, ...(split ? [p.party] : []), p.mentions, p.contributions, p.per10000]));
  return toCsvRow(header) + rows.join('');
}

/** GET /trends?format=csv (rewritten to /trends.csv by next.config.ts). */
export async function respondWithTrendsCsv(req: Request): Promise<Response> {
  const parsed = parseTrendsParams(new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.error, parsed.param);
  if (!parsed.value.terms.length) return badRequest('terms must name at least one term, e.g. terms=trafficking,slavery', 'terms');
  return withSearchService(async () => {
    const outcome = await runTrends(parsed.value);
    if (!outcome.ok) return badRequest(outcome.error, outcome.param);
    return new Response(toTrendsCsv(outcome.value), {
      headers: { 'Content-Type': CSV_CONTENT_TYPE, 'Content-Disposition': 'attachment; filename="hansard-trends.csv"' },
    });
  });
}
