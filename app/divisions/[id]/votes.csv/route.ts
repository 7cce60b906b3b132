import { getDivision } from '@/lib/db/pages';
import { CSV_CONTENT_TYPE } from '@/lib/export/csv';
import { divisionToCsv } from '@/lib/export/division-csv';
import { notFoundJson } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { readIdParam } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** The division's lists as CSV, one row per name as printed. */
export const GET = withDatabase(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await readIdParam(params);
  const division = id ? await getDivision(id) : null;
  if (!division) return notFoundJson('id: no such division');
  return new Response(divisionToCsv(division), {
    headers: { 'content-type': CSV_CONTENT_TYPE, 'content-disposition': `attachment; filename="division-${division.id}.csv"` },
  });
});
