/**
 * A member's search lists the divisions they voted in (the speaker filter matches a division's
 * voters, plan.ts); this adds their vote to each such hit. The votes are read from Postgres for the
 * page's division hits only: storing each voter's vote in the index would add a few hundred
 * name-and-vote pairs to every division document and send all of them back with every hit, to
 * show one.
 */
import type { Db } from '../db/client';
import { findVotesOfVoters, type VoterVote } from '../db/store';
import type { SearchHit } from './run-search';

/** Hits with the votes of `speakers` on each division hit (pure: the votes are given). */
export function withVotes(hits: readonly SearchHit[], votes: readonly VoterVote[]): SearchHit[] {
  const byDivision = new Map<string, VoterVote[]>();
  for (const v of votes) byDivision.set(v.divisionId, [...(byDivision.get(v.divisionId) ?? []), v]);
  return hits.map((h) => {
    const cast = h.type === 'division' ? byDivision.get(h.id) : undefined;
    return cast ? { ...h, votes: cast.map((v) => ({ name: v.voter, vote: v.vote, teller: v.teller, proxy: v.proxyPersonId })) } : h;
  });
}

/** `hits` with the votes the `speakers` (the URL's speaker selection) cast on each division among them. */
export async function addMemberVotes(db: Db, hits: SearchHit[], speakers: readonly string[]): Promise<SearchHit[]> {
  const divisionIds = hits.filter((h) => h.type === 'division').map((h) => h.id);
  if (!divisionIds.length || !speakers.length) return hits;
  return withVotes(hits, await findVotesOfVoters(db, divisionIds, speakers));
}
