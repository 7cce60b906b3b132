import Link from 'next/link';
import type { ContributionView, RecordView } from '@/lib/db/pages';
import { formatDate, TYPE_LABELS } from '@/lib/format';
import { SpeakerVotes } from '../divisions/speaker-votes';
import { ContributionText } from './contribution-text';
import { SpeakerLine } from './speaker-line';

function nameOf(record: RecordView, id: string): string {
  const c = record.contributions.find((x) => x.id === id);
  return c?.speaker.name ?? (c ? `${TYPE_LABELS[c.type]?.toLowerCase() ?? 'contribution'} ${c.position + 1}` : 'an earlier contribution');
}

/** "In reply to …" / "Answered by …": links to the paired contributions on the same page. */
function PairedLinks({ label, ids, record, className }: { label: string; ids: string[]; record: RecordView; className: string }) {
  if (!ids.length) return null;
  return (
    <p className={`${className} text-sm text-stone-600`}>
      {label}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i ? ', ' : ''}
          <a href={`#c-${id}`} className="underline">
            {nameOf(record, id)}
          </a>
        </span>
      ))}
    </p>
  );
}

/**
 * One contribution in the reading view, anchored at c-{id}, with its question/answer links.
 * `officesKnownUntil`: where the loaded register's office data ends, for the speaker line.
 */
export function Contribution({
  contribution: c,
  record,
  officesKnownUntil,
  votes = [],
}: {
  contribution: ContributionView;
  record: RecordView;
  officesKnownUntil: string | null;
  /** How the speaker voted in this debate's divisions (said vs voted). */
  votes?: { divisionId: string; number: string | null; vote: string }[];
}) {
  return (
    <article id={`c-${c.id}`} aria-labelledby={`h-${c.id}`} className="border-b border-stone-200 py-5">
      <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`h-${c.id}`} className="m-0">
          <SpeakerLine speaker={c.speaker} department={c.type === 'answer' ? record.department : null} officesKnownUntil={officesKnownUntil} />
        </h3>
        <div className="flex items-center gap-3 text-xs text-stone-600">
          <span className="rounded bg-stone-200 px-1.5 py-0.5 uppercase tracking-wide">{TYPE_LABELS[c.type] ?? c.type}</span>
          {c.time ? <span>{c.time}</span> : null}
          {c.date && c.date !== record.date ? <span>{formatDate(c.date)}</span> : null}
          <Link href={c.url} className="text-blue-800 underline" aria-label={`Permalink to this ${TYPE_LABELS[c.type]?.toLowerCase() ?? 'contribution'}`}>
            Permalink
          </Link>
        </div>
      </header>
      <SpeakerVotes votes={votes} house={record.house} />
      <PairedLinks label="In reply to" ids={c.answers} record={record} className="mb-2" />
      <ContributionText text={c.text} languages={c.languages} />
      <PairedLinks label="Answered by" ids={c.answeredBy} record={record} className="mt-2" />
    </article>
  );
}
