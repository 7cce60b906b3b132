import type { DivisionVoteView } from '@/lib/db/pages';
import { voteListLabel } from './vote-labels';

/** Names grouped by vote (headed in the house's words), then by the register's party; tellers and proxies marked; names as printed. */
export function DivisionLists({ votes, house }: { votes: DivisionVoteView[]; house: string | null }) {
  const byVote = new Map<string, Map<string, DivisionVoteView[]>>();
  for (const v of votes) {
    const parties = byVote.get(v.vote) ?? new Map<string, DivisionVoteView[]>();
    const party = v.party ?? 'Party not known';
    parties.set(party, [...(parties.get(party) ?? []), v]);
    byVote.set(v.vote, parties);
  }
  if (!byVote.size) return <p className="italic text-stone-600">The source lists no names for this division.</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {[...byVote].map(([vote, parties]) => (
        <section key={vote} aria-label={voteListLabel(vote, house)}>
          <h2 className="text-xl font-bold">
            {voteListLabel(vote, house)}{' '}
            <span className="text-base font-normal text-stone-600">({[...parties.values()].reduce((n, l) => n + l.length, 0)} names)</span>
          </h2>
          {[...parties]
            .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
            .map(([party, list]) => (
              <div key={party} className="mt-3">
                <h3 className="font-semibold">
                  {party} <span className="font-normal text-stone-600">({list.length})</span>
                </h3>
                <ul className="ml-4 list-disc">
                  {list.map((v, i) => (
                    <li key={`${v.name}-${i}`}>
                      {v.personSlug ? (
                        <a href={`/speakers/${v.personSlug}`} className="text-blue-800 underline">
                          {v.name || 'name not printed'}
                        </a>
                      ) : (
                        v.name || <span className="italic">name not printed</span>
                      )}
                      {v.teller ? <strong className="ml-1 text-xs uppercase">teller</strong> : null}
                      {v.proxy ? <span className="ml-1 text-xs text-stone-600">(by proxy: {v.proxy})</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      ))}
    </div>
  );
}
