import Link from 'next/link';
import type { SpeakerContributionView } from '@/lib/db/queries';
import { formatDate, KIND_LABELS, paragraphs, TYPE_LABELS } from '@/lib/format';

const EXCERPT_LENGTH = 280;

function excerpt(text: string): string {
  const first = paragraphs(text)[0] ?? '';
  return first.length > EXCERPT_LENGTH ? `${first.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …` : first;
}

/** One page of a speaker's contributions: where and when, what kind, the opening words, the permalink. */
export function SpeakerContributionList({ contributions, start }: { contributions: SpeakerContributionView[]; start: number }) {
  return (
    <ol aria-label="Contributions" start={start} className="space-y-4">
      {contributions.map((c) => (
        <li key={c.id} className="rounded border border-stone-300 bg-white p-4">
          <p className="text-xs text-stone-600">
            {TYPE_LABELS[c.type] ?? c.type}
            {c.date ? ` · ${formatDate(c.date)}` : ''}
            {` · ${KIND_LABELS[c.record.kind] ?? c.record.kind}`}
            {c.record.house ? ` · House of ${c.record.house}` : ''}
            {c.role ? ` · as ${c.role}` : ''}
          </p>
          <h3 className="mt-1 font-serif text-lg font-semibold">
            <Link href={c.url} className="underline-offset-2 hover:underline">
              {c.record.title}
            </Link>
          </h3>
          <p className="mt-1 font-serif text-stone-800">{excerpt(c.text)}</p>
          <p className="mt-2 text-sm">
            <Link href={`${c.record.url}#c-${c.id}`} className="text-blue-800 underline">
              In context
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
