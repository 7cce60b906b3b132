import { formatDate } from '@/lib/format';
import { plural } from './house-labels';

type Holdings = {
  records: number;
  contributions: number;
  undatedRecords: number;
  first: string | null;
  last: string | null;
  register: { source: string; importedAt: string; persons: number; first: string | null; last: string | null } | null;
};

const NOT_GIVEN = <span className="italic text-stone-600">none yet</span>;

/** What the index holds: counts, the dates covered, and the member register speakers are matched against. */
export function HoldingsSummary({ holdings: h }: { holdings: Holdings }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Contributions</dt>
      <dd data-holding="contributions">
        {h.contributions.toLocaleString('en-GB')} in {plural(h.records, 'debate or question', 'debates and questions')}
      </dd>
      <dt className="font-semibold">Dates covered</dt>
      <dd>
        {h.first && h.last ? `${formatDate(h.first)} to ${formatDate(h.last)}` : NOT_GIVEN}
        {h.undatedRecords ? ` (and ${plural(h.undatedRecords, 'record')} whose source gives no date)` : ''}
      </dd>
      <dt className="font-semibold">Member register</dt>
      <dd>
        {h.register ? (
          <>
            {plural(h.register.persons, 'member')} of both Houses
            {h.register.first && h.register.last ? `, seats from ${h.register.first.slice(0, 4)} to ${h.register.last.slice(0, 4)}` : ''} (
            {h.register.source.split('/').at(-1)}, loaded {formatDate(h.register.importedAt.slice(0, 10))})
          </>
        ) : (
          <span className="italic text-stone-600">not loaded: speakers are shown as printed</span>
        )}
      </dd>
    </dl>
  );
}
