import { withDatabase } from '@/lib/db/errors';
import { getContributionLookup } from '@/lib/db/queries';
import { idParamSchema } from '@/lib/route-params';

export const dynamic = 'force-dynamic';

/** One contribution with its record and the question(s) it answers / the answers it got. */
export const GET = withDatabase(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = idParamSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'id: not a contribution id' }, { status: 404 });
  const found = await getContributionLookup(id.data);
  if (found.status === 'moved') return Response.redirect(new URL(`/api/contributions/${found.to}`, _req.url), 301);
  if (found.status === 'gone') return Response.json({ error: 'this contribution was removed when its record was corrected', record: `/d/${found.recordId}` }, { status: 410 });
  if (found.status !== 'found') return Response.json({ error: 'no contribution with this id' }, { status: 404 });
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
