import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmailMeForm } from '@/components/alerts/email-me-form';
import { DivisionBlock } from '@/components/divisions/division-block';
import { Contribution } from '@/components/record/contribution';
import { QuestionTimeline } from '@/components/record/question-timeline';
import { RecordHeader } from '@/components/record/record-header';
import { SpQuestionTracking } from '@/components/record/sp-question-tracking';
import { StatementLinks } from '@/components/record/statement-links';
import {
  getGroupedQuestionRecordIds,
  getRecordDivisions,
  getRecordView,
  getRegisterOfficesKnownUntil,
  getSpQuestionMentions,
  getStatementRecordsByApiId,
  getStatementsLinkingTo,
} from '@/lib/db/pages';
import { loadById } from '@/app/_pages/load-by-id';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const load = loadById(getRecordView, null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await load(params);
  if (!record) return { title: 'Not found' };
  // A written question's feed tells a reader when its answer arrives (app/d/[id]/feed.atom).
  const feed = record.kind === 'written-question' ? { types: { 'application/atom+xml': `${record.url}/feed.atom` } } : {};
  return { title: record.title, alternates: { canonical: record.url, ...feed } };
}

export default async function RecordPage({ params }: Props) {
  const record = await load(params);
  if (!record) notFound();
  // "Tell me when my question is answered": only while no answer is stored.
  const question =
    record.kind === 'written-question' && !record.contributions.some((c) => c.type === 'answer')
      ? record.contributions.find((c) => c.type === 'question')
      : undefined;
  const grouped = record.question?.grouped ? await getGroupedQuestionRecordIds(record.house, record.question.grouped) : new Map<string, string>();
  // A written statement's links both ways: what it corrects or joins, and what corrects or joins it.
  const { own, divisions, votesByPerson } = await getRecordDivisions(record.id);
  const placed = new Set(divisions.filter((d) => record.contributions.some((c) => c.id === d.afterContributionId)).map((d) => d.id));
  const [linked, linking] = record.statement
    ? await Promise.all([getStatementRecordsByApiId(record.statement.links.map((l) => l.statementId)), getStatementsLinkingTo(record.statement.apiId)])
    : [new Map(), []];
  // Where the register's office data ends: how the speaker lines word a post it holds open.
  const officesKnownUntil = await getRegisterOfficesKnownUntil();
  // A Scottish Parliament written question: its mentions in the Parliament's question tracking.
  const spids = spQuestionReferences(record);
  const spMentions = spids.length ? await getSpQuestionMentions(spids) : null;
  return (
    <div>
      <RecordHeader record={record} />
      {record.kind === 'written-question' ? (
        <p className="-mt-2 mb-4 text-sm">
          <a href={`${record.url}/feed.atom`} className="text-blue-800 underline">
            Follow this question (Atom feed)
          </a>{' '}
          <span className="text-stone-600">— updated when its answer arrives</span>
        </p>
      ) : null}
      {question ? <EmailMeForm question={question.id} what="when this question is answered" /> : null}
      {record.question ? <QuestionTimeline question={record.question} grouped={grouped} today={new Date().toISOString().slice(0, 10)} /> : null}
      {spMentions ? <SpQuestionTracking mentions={spMentions} /> : null}
      {record.statement ? <StatementLinks statement={record.statement} date={record.date} linked={linked} linking={linking} /> : null}
      {own ? <DivisionBlock division={own} /> : null}
      <section aria-label="Contributions">
        {record.contributions.length || own ? (
          record.contributions.map((c) => {
            const personId = c.speaker.register?.personId;
            return (
              <div key={c.id}>
                <Contribution
                  contribution={c}
                  record={record}
                  officesKnownUntil={officesKnownUntil}
                  votes={personId ? (votesByPerson.get(personId) ?? []) : []}
                />
                {divisions
                  .filter((d) => d.afterContributionId === c.id)
                  .map((d) => (
                    <DivisionBlock key={d.id} division={d} />
                  ))}
              </div>
            );
          })
        ) : (
          <p className="italic text-stone-600">This record has no contributions.</p>
        )}
        {divisions
          .filter((d) => !placed.has(d.id))
          .map((d) => (
            <DivisionBlock key={d.id} division={d} />
          ))}
      </section>
    </div>
  );
}

/** The question references (S3W-28257) a Scottish Parliament written question's record prints. */
function spQuestionReferences(record: { house: string | null; kind: string; reference: { uin: string | null } }): string[] {
  if (record.house !== 'Scottish Parliament' || record.kind !== 'written-question' || !record.reference.uin) return [];
  return record.reference.uin.split(/,\s*/).filter((uin) => /^S\d{1,2}[A-Z]{1,3}-\d{1,7}$/.test(uin));
}
