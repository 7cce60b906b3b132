import type { LinkedStatementRecord } from '@/lib/db/pages';
import type { RecordView } from '@/lib/db/pages';
import { AttachmentList } from './attachment-list';
import { formatDate } from '@/lib/format';

type Statement = NonNullable<RecordView['statement']>;
type Step = { key: string; date: string | null; label: React.ReactNode };

/** What a statement's own link says it does to the statement (or answer) it names. */
const OUTGOING: Record<Statement['links'][number]['type'], string> = {
  CorrectedStatement: 'Corrects',
  CorrectedAnswer: 'Corrects the answer given in',
  JointStatement: 'Made jointly with',
};
/** The same link seen from the statement it names. */
const INCOMING: Record<string, string> = {
  CorrectedStatement: 'Corrected by',
  CorrectedAnswer: 'Its answer corrected by',
  JointStatement: 'Made jointly with',
};

function StatementLink({ found, apiId }: { found: LinkedStatementRecord | undefined; apiId: number }) {
  return found ? (
    <a href={`/d/${found.recordId}`} className="text-blue-800 underline">
      {found.title}
    </a>
  ) : (
    <span>Parliament’s statement {apiId} (not held here)</span>
  );
}

/**
 * A written statement's history, like a question's timeline: made (with its notice number), what it
 * corrects or is joint with (`linked`: Parliament's id → our record, when we hold it), the
 * statements that correct it or join it (`linking`), and its attachments.
 */
export function StatementLinks({
  statement,
  date,
  linked,
  linking,
}: {
  statement: Statement;
  date: string | null;
  linked: Map<number, LinkedStatementRecord>;
  linking: Array<LinkedStatementRecord & { type: string; linkDate: string | null }>;
}) {
  const steps: Step[] = [
    { key: 'made', date, label: statement.noticeNumber ? `Made (notice number ${statement.noticeNumber})` : 'Made' },
    ...statement.links.map((l) => ({
      key: `to-${l.statementId}-${l.type}`,
      date: l.date,
      label: (
        <>
          {OUTGOING[l.type]} <StatementLink found={linked.get(l.statementId)} apiId={l.statementId} />
        </>
      ),
    })),
    ...linking
      // A joint statement naming this one, which names it back, is listed once.
      .filter((s) => !statement.links.some((l) => l.statementId === s.apiId && l.type === s.type))
      .map((s) => ({
        key: `from-${s.apiId}-${s.type}`,
        date: s.linkDate ?? s.date,
        label: (
          <>
            {INCOMING[s.type] ?? 'Linked with'} <StatementLink found={s} apiId={s.apiId} />
          </>
        ),
      })),
  ].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return (
    <section aria-labelledby="statement-history" className="mb-6 rounded border border-stone-300 bg-white p-4">
      <h2 id="statement-history" className="mb-2 font-semibold">
        This statement’s history
      </h2>
      <ol className="space-y-1 text-sm" data-timeline>
        {steps.map((s) => (
          <li key={s.key} data-step={s.key} className="grid grid-cols-[11rem_1fr] gap-x-3">
            <span className="text-stone-600">
              {s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : <span className="italic">date not given</span>}
            </span>
            <span>{s.label}</span>
          </li>
        ))}
      </ol>
      {statement.attachments.length ? <AttachmentList attachments={statement.attachments} /> : null}
    </section>
  );
}
