import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DivisionLists } from '@/components/divisions/division-lists';
import { divisionLabel, printedCountsText, voteListLabel } from '@/components/divisions/vote-labels';
import { getDivision } from '@/lib/db/pages';
import { formatDate, houseName, isDevolvedHouse } from '@/lib/format';
import { loadById } from '@/app/_pages/load-by-id';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const load = loadById(getDivision, null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = await load(params);
  return d ? { title: `${divisionLabel(d.number)}: ${d.title}`, alternates: { canonical: d.url } } : { title: 'Not found' };
}

const notGiven = <span className="italic text-stone-500">not given in the source</span>;

/** One division: the question, when and where, counts as printed and as counted, and every name by party. */
export default async function DivisionPage({ params }: Props) {
  const d = await load(params);
  if (!d) notFound();
  const countedAye = d.counted.aye ? d.counted.aye.names : 0;
  const countedNo = d.counted.no ? d.counted.no.names : 0;
  // The Lords count tellers among the contents; the Commons print them apart.
  const tellersCounted = 'content' in d.printedCounts || 'not-content' in d.printedCounts;
  const listedAye = countedAye + (tellersCounted ? (d.counted.aye?.tellers ?? 0) : 0);
  const listedNo = countedNo + (tellersCounted ? (d.counted.no?.tellers ?? 0) : 0);
  // The devolved bodies print their abstentions too (the SP as `abstentions`, the Senedd as `abstain`).
  const printedAbstentions = d.printedCounts.abstentions ?? d.printedCounts.abstain;
  const differs =
    (d.counts.aye !== null && d.counts.aye !== listedAye) ||
    (d.counts.no !== null && d.counts.no !== listedNo) ||
    (printedAbstentions !== undefined && printedAbstentions !== (d.counted.abstain?.names ?? 0));
  const devolved = isDevolvedHouse(d.house);
  return (
    <div>
      <header className="mb-4 border-b border-stone-300 pb-4">
        <p className="text-sm uppercase tracking-wide text-stone-600">
          {divisionLabel(d.number)} · {d.house ? houseName(d.house) : 'House not stated'}
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold">{d.title}</h1>
        {d.motion ? <blockquote className="mt-3 whitespace-pre-line border-l-4 border-stone-300 pl-3">{d.motion}</blockquote> : null}
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">Date</dt>
          <dd>{d.date ? formatDate(d.date) : notGiven}</dd>
          <dt className="text-stone-600">Time</dt>
          <dd>{d.time ?? notGiven}</dd>
          <dt className="text-stone-600">Column</dt>
          <dd>{d.column ?? notGiven}</dd>
          <dt className="text-stone-600">Printed count</dt>
          <dd>
            {printedCountsText(d.house, d.counts, d.printedCounts)}
            {devolved ? '' : tellersCounted ? ' (tellers included)' : ' (tellers apart)'}
          </dd>
          <dt className="text-stone-600">Names listed</dt>
          <dd>
            {Object.entries(d.counted)
              .map(([vote, c]) => `${voteListLabel(vote, d.house)} ${c.names}${c.tellers ? ` + ${c.tellers} tellers` : ''}`)
              .join(', ') || 'none'}
            {differs ? <strong className="ml-2">The printed count and the lists differ; both are shown as printed.</strong> : null}
          </dd>
          <dt className="text-stone-600">In the debate</dt>
          <dd>
            {d.record ? (
              <a href={d.record.url} className="text-blue-800 underline">
                Read the debate at this division
              </a>
            ) : (
              notGiven
            )}
          </dd>
          <dt className="text-stone-600">The lists</dt>
          <dd>
            <a href={`${d.url}/votes.csv`} className="text-blue-800 underline">
              CSV
            </a>
            {' · '}
            <a href={`/api/divisions/${d.id}`} className="text-blue-800 underline">
              JSON
            </a>
          </dd>
        </dl>
      </header>
      <DivisionLists votes={d.votes} house={d.house} />
    </div>
  );
}
