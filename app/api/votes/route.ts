import { listPersonVotes, personExists } from '@/lib/db/pages';
import { notFoundJson } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { checkQuery, votesQuerySchema } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** A person's votes, newest first (../shared/CONTRACTS.md §5). */
export const GET = withDatabase(async (req: Request) => {
  const parsed = checkQuery(votesQuerySchema, req);
  if ('refused' in parsed) return parsed.refused;
  const q = parsed.data;
  const found = await listPersonVotes({
    personId: q.person,
    from: q.from,
    to: q.to,
    words: q.q?.split(/\s+/).filter(Boolean),
    page: q.page,
    perPage: q.perPage,
  });
  if (found.total === 0 && !(await personExists(q.person))) return notFoundJson('person: no such person in the register or the division lists');
  return Response.json({
    total: found.total,
    page: q.page,
    perPage: q.perPage,
    votes: found.votes.map((v) => ({
      division: v.division,
      vote: v.vote,
      teller: v.teller,
      proxy: v.proxy,
      againstPartyMajority: v.partyMajority !== null && v.partyMajority !== v.vote,
    })),
  });
});
