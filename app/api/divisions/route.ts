import { listDivisionsOn } from '@/lib/db/pages';
import { badRequest } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { divisionsQuerySchema, firstQueryProblem, queryObject } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** A day's divisions with their printed counts (../shared/CONTRACTS.md §5). */
export const GET = withDatabase(async (req: Request) => {
  const parsed = divisionsQuerySchema.safeParse(queryObject(new URL(req.url)));
  if (!parsed.success) {
    const problem = firstQueryProblem(parsed.error);
    return badRequest(problem.message, problem.param);
  }
  return Response.json({ divisions: await listDivisionsOn(parsed.data.date, parsed.data.house ?? null) });
});
