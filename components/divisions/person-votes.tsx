import type { PersonVote } from '@/lib/db/pages';
import { formatDate } from '@/lib/format';
import { divisionLabel, voteLabel } from './vote-labels';

export interface PersonVotesFilter {
  from: string;
  to: string;
  words: string;
}

/**
 * A member's votes, newest first, filterable by date and title words with a plain GET form (works
 * without JavaScript); a vote against the majority of their own party that day is marked.
 */
export function PersonVotes({
  name,
  personId,
  votes,
  total,
  filter,
}: {
  name: string;
  personId: string;
  votes: PersonVote[];
  total: number;
  filter: PersonVotesFilter;
}) {
  return (
    <section aria-labelledby="votes-heading" className="my-6">
      <h2 id="votes-heading" className="mb-2 font-semibold">
        How {name} voted
      </h2>
      <p className="mb-2 text-sm">
        <a href={`/votes.atom?person=${encodeURIComponent(personId)}`} className="text-blue-800 underline">
          Follow {name}&rsquo;s votes (Atom feed)
        </a>
        {' · '}
        <a href={`/api/votes?person=${encodeURIComponent(personId)}`} className="text-blue-800 underline">
          JSON
        </a>
      </p>
      <form method="get" className="mb-3 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          From
          <input type="date" name="vfrom" defaultValue={filter.from} className="border px-1" />
        </label>
        <label className="flex flex-col">
          To
          <input type="date" name="vto" defaultValue={filter.to} className="border px-1" />
        </label>
        <label className="flex flex-col">
          Words in the title
          <input type="text" name="vq" defaultValue={filter.words} maxLength={200} className="border px-1" />
        </label>
        <button type="submit" className="rounded border px-2 py-1">
          Filter votes
        </button>
      </form>
      {votes.length ? (
        <>
          <p className="mb-2 text-sm text-stone-600">
            {total} {total === 1 ? 'vote' : 'votes'}
            {votes.length < total ? `, the newest ${votes.length} shown` : ''}.
          </p>
          <ul className="space-y-1">
            {votes.map((v, i) => {
              const against = v.partyMajority !== null && v.partyMajority !== v.vote;
              return (
                <li key={`${v.division.id}-${i}`} data-vote={v.vote} data-against-party={against ? 'yes' : undefined}>
                  <strong>{voteLabel(v.vote, v.division.house)}</strong>
                  {v.teller ? ' (teller)' : ''}
                  {v.proxy ? ' (by proxy)' : ''} —{' '}
                  <a href={v.division.url} className="text-blue-800 underline">
                    {v.division.title}
                  </a>{' '}
                  <span className="text-sm text-stone-600">
                    {divisionLabel(v.division.number)}, {v.division.date ? formatDate(v.division.date) : 'date not given'}
                  </span>
                  {against ? (
                    <strong className="ml-2 text-sm text-red-800">Against most of their party ({voteLabel(v.partyMajority!, v.division.house)})</strong>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="italic text-stone-600">No votes in the divisions we hold{filter.from || filter.to || filter.words ? ' match these filters' : ''}.</p>
      )}
    </section>
  );
}
