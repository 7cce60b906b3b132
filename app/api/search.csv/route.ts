import { respondWithSearchExport } from '@/lib/export/responses';

export const dynamic = 'force-dynamic';

/** GET /api/search.csv — every page of a search (same parameters as /api/search), up to 10,000 rows; X-Export-Capped tells when cut. */
export function GET(req: Request) {
  return respondWithSearchExport(req, 'csv');
}
