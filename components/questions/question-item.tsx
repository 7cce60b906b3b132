import type { SearchHit } from '@/lib/search/run-search';
import { formatDate, isOverdue, questionStatusLabel } from '@/lib/format';
import { HitFrame } from '@/components/search/hit-frame';

/** One question in the /questions list: status and due date first, then who asked what. */
export function QuestionItem({ hit, today }: { hit: SearchHit; today: string }) {
  const status = hit.question?.status ?? null;
  const overdue = hit.question ? isOverdue(hit.question, today) : false;
  const asker = [hit.speaker.name ?? 'Asker not named', hit.speaker.party].filter(Boolean).join(', ');
  return (
    <HitFrame
      hit={hit}
      titleGap
      details={
        <p className="flex flex-wrap gap-x-3 text-sm">
          <span
            className={`rounded px-1.5 py-0.5 text-xs font-semibold ${overdue ? 'bg-red-100 text-red-900' : 'bg-stone-200'}`}
            data-status={overdue ? 'overdue' : (status ?? undefined)}
          >
            {overdue
              ? `${questionStatusLabel('overdue')} — ${questionStatusLabel('unanswered').toLowerCase()}`
              : status
                ? questionStatusLabel(status)
                : 'Status not given'}
          </span>
          <span className="text-stone-700">
            {hit.question?.due ? `Due ${formatDate(hit.question.due)}` : 'Due date not given'}
            {hit.record.house ? ` · ${hit.record.house}` : ''}
            {hit.date ? ` · tabled ${formatDate(hit.date)}` : ''}
          </span>
        </p>
      }
      before="Asked by "
      who={asker}
    />
  );
}
