import { respondWithSearchExport } from '@/lib/export/responses';

export const dynamic = 'force-dynamic';

/** GET /api/search.json — every page of a search (same parameters as /api/search), up to 10,000 hits; `capped` tells when cut. */
export function GET(req: Request) {
  return respondWithSearchExport(req, 'json');
}
