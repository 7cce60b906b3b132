/**
 * The Atom feed of a member's votes: one entry per vote, newest division first, so a reader can
 * follow how a member votes. Pure: data and `now` in, XML out.
 */
import type { PersonVote } from '../db/pages';
import { formatDate } from '../format';
import { buildAtomFeed, latestUpdate, toAtomTime, type AtomEntry } from './atom';

const VOTE_WORDS: Record<string, string> = { aye: 'Aye', no: 'No', abstain: 'Abstained' };

export interface VoteFeedInput {
  person: { id: string; name: string; url: string };
  votes: PersonVote[];
  total: number;
  origin: string;
  /** Absolute URL of the feed. */
  self: string;
  now: string;
}

export function buildVoteFeed(input: VoteFeedInput): string {
  const entries: AtomEntry[] = input.votes.map((v) => {
    const vote = VOTE_WORDS[v.vote] ?? `"${v.vote}" (as printed)`;
    const against = v.partyMajority !== null && v.partyMajority !== v.vote;
    const number = v.division.number ? `Division No. ${v.division.number}` : 'Division';
    return {
      // One entry per division and vote: a member on both lists has two.
      id: `${input.origin}${v.division.url}#${encodeURIComponent(input.person.id)}-${v.vote}`,
      title: `${vote}: ${v.division.title}`,
      updated: v.division.date ? toAtomTime(v.division.date) : input.now,
      published: v.division.date ? toAtomTime(v.division.date) : null,
      link: `${input.origin}${v.division.url}`,
      author: input.person.name,
      categories: [vote, ...(v.division.house ? [`House of ${v.division.house}`] : []), ...(against ? ['Against most of their party'] : [])],
      content: [
        `${input.person.name} voted ${vote}${v.teller ? ' (teller)' : ''}${v.proxy ? ' (by proxy)' : ''} in ${number}${v.division.date ? `, ${formatDate(v.division.date)}` : ''}.`,
        `Printed count: Ayes ${v.division.counts.aye ?? 'not printed'}, Noes ${v.division.counts.no ?? 'not printed'}.`,
        against ? `Most of their party voted ${VOTE_WORDS[v.partyMajority!] ?? v.partyMajority}.` : null,
      ]
        .filter(Boolean)
        .join('\n'),
    };
  });
  return buildAtomFeed({
    id: input.self,
    title: `How ${input.person.name} voted`,
    subtitle: `Newest division first; ${input.total.toLocaleString('en-GB')} vote${input.total === 1 ? '' : 's'} in the divisions we hold.`,
    updated: latestUpdate(entries, input.now),
    self: input.self,
    alternate: `${input.origin}${input.person.url}`,
    entries,
  });
}
