import type { SearchHit } from '@/lib/search/run-search';
import { formatDate, isOverdue, questionStatusLabel } from '@/lib/format';

/** One question in the /questions list: status and due date first, then who asked what. Snippet HTML as ResultItem's. */
export function QuestionItem({ hit, today }: { hit: SearchHit; today: string }) {
  const status = hit.question?.status ?? null;
  const overdue = hit.question ? isOverdue(hit.question, today) : false;
  const asker = [hit.speaker.name ?? 'Asker not named', hit.speaker.party].filter(Boolean).join(', ');
  return (
    <li className="border-b border-stone-200 py-4">
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
      <h3 className="mt-1 font-serif text-lg font-semibold">
        <a href={hit.record.url} className="underline-offset-2 hover:underline">
          {hit.record.title}
        </a>
      </h3>
      <p className="text-sm">
        Asked by{' '}
        <a href={hit.url} className="font-semibold text-blue-800 underline" data-hit-link>
          {asker}
        </a>
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet is HTML-escaped before its matches are wrapped in <mark> (lib/search/snippet.ts) */}
      <p className="mt-1 font-serif text-stone-800" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
    </li>
  );
}
