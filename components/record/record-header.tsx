import type { RecordView } from '@/lib/db/pages';
import { HOUSE_MARKS } from '@/components/sittings/house-labels';
import type { SittingHouse } from '@/lib/db/pages';
import { formatDate, houseName, KIND_LABELS, questionStatusLabel, VENUE_LABELS } from '@/lib/format';

/** Title and the facts a reader checks first; absent facts are said to be absent, never guessed. */
export function RecordHeader({ record }: { record: RecordView }) {
  const refs = [
    record.reference.volume ? `Volume ${record.reference.volume}` : null,
    record.reference.column ? `Column ${record.reference.column}` : null,
    record.reference.uin ? `UIN ${record.reference.uin}` : null,
  ].filter(Boolean);
  return (
    <header className="mb-4 border-b border-stone-300 pb-4">
      <p className="text-sm uppercase tracking-wide text-stone-600">
        {KIND_LABELS[record.kind] ?? record.kind}
        {' · '}
        {record.house ? (
          <span className={HOUSE_MARKS[record.house as SittingHouse]?.className ?? 'text-stone-700'}>{houseName(record.house)}</span>
        ) : (
          <span>House not stated</span>
        )}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{record.title}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">Date</dt>
        <dd>
          {record.date ? (
            <>
              {formatDate(record.date)}{' '}
              <a href={`/sittings/${record.date}`} className="text-blue-800 underline">
                Everything on this day
              </a>
            </>
          ) : (
            <span className="italic text-stone-500">not given in the source</span>
          )}
        </dd>
        <dt className="text-stone-600">Where</dt>
        <dd>
          {record.venue ? (VENUE_LABELS[record.venue] ?? record.venue) : <span className="italic text-stone-500">not given in the source</span>}
          {record.bill ? ` · ${record.bill}` : ''}
        </dd>
        <dt className="text-stone-600">Department</dt>
        <dd>{record.department ?? <span className="italic text-stone-500">not given in the source</span>}</dd>
        {refs.length ? (
          <>
            <dt className="text-stone-600">Reference</dt>
            <dd>{refs.join(' · ')}</dd>
          </>
        ) : null}
        {record.question ? (
          <>
            <dt className="text-stone-600">Status</dt>
            <dd>
              {questionStatusLabel(record.question.status)}
              {record.question.tabled ? ` · tabled ${formatDate(record.question.tabled)}` : ''}
              {record.question.answered ? ` · answered ${formatDate(record.question.answered)}` : ''}
            </dd>
          </>
        ) : null}
        {record.division ? (
          <>
            <dt className="text-stone-600">Division</dt>
            <dd>
              Ayes {record.division.ayes}, Noes {record.division.noes}
            </dd>
          </>
        ) : null}
        <dt className="text-stone-600">Source</dt>
        <dd>
          {record.sourceUrl ? (
            <a href={record.sourceUrl} className="text-blue-800 underline" rel="noopener noreferrer">
              {record.sourceUrl}
            </a>
          ) : null}
          {record.sourceUrl ? ' · ' : ''}
          <a href={`/documents/${record.source.documentId}`} className="text-blue-800 underline">
            {record.source.fileName}
          </a>{' '}
          <span className="text-stone-500">as ingested</span>
        </dd>
      </dl>
      {record.warnings.length ? (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="note">
          <p className="font-semibold">What the source leaves out</p>
          <ul className="ml-5 list-disc">
            {record.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </header>
  );
}
