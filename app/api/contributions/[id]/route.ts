import { getContributionLookup } from '@/lib/db/pages';
import { notFoundJson } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { answerRetiredContribution } from '@/lib/http/permalink';
import { readIdParam } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** One contribution with its record and the question(s) it answers / the answers it got. */
export const GET = withDatabase(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await readIdParam(params);
  if (!id) return notFoundJson('id: not a contribution id');
  const found = await getContributionLookup(id);
  if (found.status !== 'found') return answerRetiredContribution(found, req, (to) => `/api/contributions/${to}`);
  const { contribution: c, record } = found;
  const pick = (ids: string[]) => record.contributions.filter((x) => ids.includes(x.id));
  const { contributions: _all, ...recordFields } = record;
  return Response.json({
    ...c,
    record: recordFields,
    answersTo: pick(c.answers),
    answeredBy: pick(c.answeredBy),
  });
});
