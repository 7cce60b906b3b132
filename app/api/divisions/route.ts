import { listDivisionsOn } from '@/lib/db/pages';
import { withDatabase } from '@/lib/http/database-unavailable';
import { checkQuery, divisionsQuerySchema } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** A day's divisions with their printed counts (../shared/CONTRACTS.md §5). */
export const GET = withDatabase(async (req: Request) => {
  const parsed = checkQuery(divisionsQuerySchema, req);
  if ('refused' in parsed) return parsed.refused;
  return Response.json({ divisions: await listDivisionsOn(parsed.data.date, parsed.data.house ?? null) });
});
