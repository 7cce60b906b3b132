import { getDivision } from '@/lib/db/pages';
import { notFoundJson } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { readIdParam } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** One division with every name as printed (../shared/CONTRACTS.md §5). */
export const GET = withDatabase(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await readIdParam(params);
  const division = id ? await getDivision(id) : null;
  if (!division) return notFoundJson('id: no such division');
  return Response.json({
    id: division.id,
    url: division.url,
    house: division.house,
    date: division.date,
    number: division.number,
    time: division.time,
    title: division.title,
    motion: division.motion,
    record: division.record,
    column: division.column,
    counts: division.counts,
    printedCounts: division.printedCounts,
    counted: division.counted,
    votes: division.votes.map(({ personSlug: _s, ...v }) => v),
  });
});
