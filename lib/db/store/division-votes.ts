/**
 * The votes some people cast in some divisions, named as the search index names voters (the
 * register's name when the reference resolved, else as printed): what a member's search shows on
 * each division it lists, read for one page of hits rather than stored per voter in the index.
 */
import type { Db } from '../client';

export interface VoterVote {
  divisionId: string;
  /** As the speaker filter names them (the register's name, else as printed). */
  voter: string;
  vote: string;
  teller: boolean;
  proxyPersonId: string | null;
}

/** Every vote cast by one of `voters` in one of `divisionIds`, in list order (a name on both lists has both). */
export async function findVotesOfVoters(db: Db, divisionIds: readonly string[], voters: readonly string[]): Promise<VoterVote[]> {
  if (!divisionIds.length || !voters.length) return [];
  return db.$queryRawUnsafe<VoterVote[]>(
    `SELECT v."divisionId", COALESCE(p.name, v.name) AS voter, v.vote, v.teller, v."proxyPersonId"
     FROM "Vote" v LEFT JOIN "Person" p ON p.id = v."personId"
     WHERE v."divisionId" = ANY($1::text[]) AND COALESCE(p.name, v.name) = ANY($2::text[])
     ORDER BY v."divisionId", v.position`,
    divisionIds,
    voters,
  );
}
