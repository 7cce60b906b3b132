import { getPersonProfile, listPersonVotes } from '@/lib/db/pages';
import { ATOM_CONTENT_TYPE } from '@/lib/export/atom';
import { buildVoteFeed } from '@/lib/export/vote-feed';
import { notFoundJson } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { originFromRequest } from '@/lib/http/origin';
import { checkQuery, votesQuerySchema } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** GET /votes.atom?person=<person id> — a member's votes, newest division first. */
export const GET = withDatabase(async (req: Request) => {
  const parsed = checkQuery(votesQuerySchema, req);
  if ('refused' in parsed) return parsed.refused;
  const person = await getPersonProfile(parsed.data.person, { limit: 0 });
  if (!person) return notFoundJson('person: no such person in the register');
  const found = await listPersonVotes({ personId: person.id, page: 1, perPage: parsed.data.perPage });
  const origin = originFromRequest(req);
  const feed = buildVoteFeed({
    person: { id: person.id, name: person.name, url: `/speakers/${person.slug}` },
    votes: found.votes,
    total: found.total,
    origin,
    self: `${origin}/votes.atom?person=${encodeURIComponent(person.id)}`,
    now: new Date().toISOString(),
  });
  return new Response(feed, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
});
