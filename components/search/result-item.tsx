import type { SearchHit } from '@/lib/search/run-search';
import { describeVote, formatDate, KIND_LABELS, TYPE_LABELS } from '@/lib/format';
import { HitFrame } from './hit-frame';

/** One hit: kind, house and date; the title; the speaker with their office or party and seat, and the contribution's type; the snippet. */
export function ResultItem({ hit }: { hit: SearchHit }) {
  const details = hit.speaker.role ?? [hit.speaker.party, hit.speaker.constituency].filter(Boolean).join(', ');
  return (
    <HitFrame
      hit={hit}
      details={
        <p className="text-xs uppercase tracking-wide text-stone-600">
          {KIND_LABELS[hit.record.kind] ?? hit.record.kind}
          {hit.record.house ? ` · ${hit.record.house}` : ''}
          {hit.date ? ` · ${formatDate(hit.date)}` : ''}
        </p>
      }
      who={hit.speaker.name ?? 'Speaker not named'}
      after={
        <>
          {details ? <span className="text-stone-600"> — {details}</span> : null}
          <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs">{TYPE_LABELS[hit.type] ?? hit.type}</span>
          {/* A member's search: how they voted in this division. */}
          {hit.votes?.map((v, i) => (
            <span key={`${v.name}-${i}`} data-member-vote className="ml-2 text-sm font-semibold">
              {describeVote(v, hit.record.house)}
            </span>
          ))}
        </>
      }
    />
  );
}
