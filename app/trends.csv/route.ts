import { respondWithTrendsCsv } from '@/lib/export/trends-csv';

export const dynamic = 'force-dynamic';

/** GET /trends?terms=…&format=csv arrives here (next.config.ts rewrites it): the series as CSV. */
export function GET(req: Request) {
  return respondWithTrendsCsv(req);
}
