import type { RecordView } from '@/lib/db/pages';
import { AttachmentList } from './attachment-list';
import { formatDate, isOverdue, paragraphs } from '@/lib/format';

type Question = NonNullable<RecordView['question']>;

type Step = { key: string; label: string; date: string | null; note?: React.ReactNode };

/** A written question's life in order: tabled, due, holding answer, answered, corrected, withdrawn. */
function stepsOf(q: Question, today: string): Step[] {
  const steps: Step[] = [{ key: 'tabled', label: 'Tabled', date: q.tabled }];
  if (q.due)
    steps.push({
      key: 'due',
      label: q.namedDay ? 'Named day (answer due)' : 'Answer due',
      date: q.due,
      note: isOverdue(q, today) ? <strong className="text-red-800">Overdue: no answer yet</strong> : undefined,
    });
  if (q.holding) steps.push({ key: 'holding', label: 'Holding answer', date: q.holding });
  if (q.status === 'answered' || q.status === 'corrected') steps.push({ key: 'answered', label: 'Answered', date: q.answered });
  if (q.status === 'corrected') {
    steps.push({
      key: 'corrected',
      label: 'Answer corrected',
      date: q.corrected ?? null,
      note: q.originalAnswer ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-blue-800 underline">The original answer, as first given</summary>
          <div className="mt-1 border-l-4 border-stone-300 pl-3 font-serif">
            {paragraphs(q.originalAnswer).map((p, i) => (
              <p key={i} className="mb-2">
                <del>{p}</del>
              </p>
            ))}
          </div>
        </details>
      ) : (
        <span className="italic text-stone-600">the source does not give the original answer</span>
      ),
    });
  }
  if (q.status === 'withdrawn') steps.push({ key: 'withdrawn', label: 'Withdrawn', date: null });
  if (q.status === 'unanswered') steps.push({ key: 'unanswered', label: 'Not yet answered', date: null });
  return steps;
}

/**
 * The timeline on a written question's page, with the questions answered together with it
 * (`grouped`: UIN → record id when we hold that question) and the answer's attachments.
 */
export function QuestionTimeline({ question, grouped, today }: { question: Question; grouped: Map<string, string>; today: string }) {
  return (
    <section aria-labelledby="question-timeline" className="mb-6 rounded border border-stone-300 bg-white p-4">
      <h2 id="question-timeline" className="mb-2 font-semibold">
        This question’s life
      </h2>
      {question.declaredInterest ? (
        // As Parliament prints it after the question: the asking member declared a relevant interest.
        <p className="mb-2 text-sm" data-declared-interest>
          <strong>[R]</strong> The member who asked declared a relevant interest.
        </p>
      ) : null}
      <ol className="space-y-1 text-sm" data-timeline>
        {stepsOf(question, today).map((s) => (
          <li key={s.key} data-step={s.key} className="grid grid-cols-[11rem_1fr] gap-x-3">
            <span className="text-stone-600">
              {s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : <span className="italic">date not given</span>}
            </span>
            <span>
              {s.label}
              {s.note ? <> — {s.note}</> : null}
            </span>
          </li>
        ))}
      </ol>
      {question.grouped?.length ? (
        <p className="mt-3 text-sm">
          Answered together with{' '}
          {question.grouped.map((g, i) => {
            const id = grouped.get(g.uin);
            return (
              <span key={g.uin}>
                {i ? ', ' : ''}
                {id ? (
                  <a href={`/d/${id}`} className="text-blue-800 underline">
                    UIN {g.uin}
                  </a>
                ) : (
                  `UIN ${g.uin} (not held here)`
                )}
              </span>
            );
          })}
        </p>
      ) : null}
      {question.attachments?.length ? <AttachmentList attachments={question.attachments} /> : null}
    </section>
  );
}
