import type { ReferenceTarget } from '@/lib/db/proxy';
import type { Reference } from '@/lib/references/parse-reference';
import { targetHref } from '@/lib/references/target-href';
import { formatDate, KIND_LABELS, VENUE_LABELS } from '@/lib/format';

/** What a candidate is, in one line: kind, venue (else House), date, column and speaker as stored. */
function describe(t: ReferenceTarget): string {
  const where = t.venue ? VENUE_LABELS[t.venue] : t.house;
  return [KIND_LABELS[t.kind] ?? t.kind, where, formatDate(t.date), t.column ? `col ${t.column}` : null, t.speakerName].filter(Boolean).join(' · ');
}

/** The records or contributions a reference may mean, each a link to its permalink. */
export function ReferenceTargets({ targets, reference }: { targets: ReferenceTarget[]; reference: Reference }) {
  return (
    <ul className="space-y-2">
      {targets.map((t) => (
        <li key={`${t.recordId}:${t.contributionId ?? ''}`}>
          <a href={targetHref(t, reference)} className="font-semibold text-blue-800 underline">
            {t.title}
          </a>
          <span className="block text-sm text-stone-700">{describe(t)}</span>
        </li>
      ))}
    </ul>
  );
}
