import { divisionLabel, voteLabel } from './vote-labels';

/** Beside a speaker in the reading view: how they voted in this debate's divisions, in the words of its house ("For" in the devolved bodies). */
export function SpeakerVotes({ votes, house }: { votes: { divisionId: string; number: string | null; vote: string }[]; house: string | null }) {
  if (!votes.length) return null;
  return (
    <p className="mb-2 text-sm text-stone-700" data-speaker-votes>
      Voted:{' '}
      {votes.map((v, i) => (
        <span key={`${v.divisionId}-${i}`}>
          {i ? '; ' : ''}
          <strong>{voteLabel(v.vote, house)}</strong> in{' '}
          <a href={`/divisions/${v.divisionId}`} className="text-blue-800 underline">
            {divisionLabel(v.number)}
          </a>
        </span>
      ))}
    </p>
  );
}
