import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CitationPanel } from '@/components/record/citation-panel';
import { ContributionText } from '@/components/record/contribution-text';
import { SpeakerLine } from '@/components/record/speaker-line';
import { formatOscolaCitation } from '@/lib/cite';
import { getContributionLookup, getRegisterOfficesKnownUntil } from '@/lib/db/pages';
import type { ContributionView, RecordView } from '@/lib/db/pages';
import { formatDate, houseAbbreviation, houseName, KIND_LABELS, questionStatusLabel, TYPE_LABELS } from '@/lib/format';
import { originFromHeaders } from '@/lib/http/origin';
import { MOVED_HEADING, REMOVED_EXPLANATION, REMOVED_HEADING } from '@/lib/http/permalink';
import { loadById } from '@/app/_pages/load-by-id';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const load = loadById(getContributionLookup, { status: 'missing' } as const);

function describe(c: ContributionView, record: RecordView): string {
  const who = c.speaker.name ?? 'Unnamed speaker';
  const asked = c.answers.map((id) => record.contributions.find((x) => x.id === id)?.speaker.name).filter(Boolean);
  const verb = c.type === 'answer' ? (asked.length ? ` answering ${asked.join(', ')}` : ' answering') : c.type === 'question' ? ' asking' : '';
  const house = houseAbbreviation(record.house);
  return `${who}${verb} — ${record.title}${house || record.date ? ',' : ''}${house ? ` ${house}` : ''}${record.date ? ` ${formatDate(record.date, 'short')}` : ''}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (found.status !== 'found') return { title: 'Not found' };
  const { contribution: c, record } = found;
  const title = describe(c, record);
  const description = c.text.slice(0, 200);
  return {
    metadataBase: new URL(originFromHeaders(await headers())),
    title,
    description,
    alternates: { canonical: c.url },
    openGraph: { title, description, type: 'article', url: c.url },
    twitter: { card: 'summary', title, description },
  };
}

function Related({ label, items, record, officesKnownUntil }: { label: string; items: string[]; record: RecordView; officesKnownUntil: string | null }) {
  const found = items.map((id) => record.contributions.find((c) => c.id === id)).filter((c): c is ContributionView => Boolean(c));
  if (!found.length) return null;
  return (
    <section aria-label={label} className="my-4 space-y-3">
      {found.map((c) => (
        <div key={c.id} className="rounded border border-stone-300 bg-white p-4">
          <p className="mb-1 text-xs uppercase tracking-wide text-stone-500">{label}</p>
          <SpeakerLine speaker={c.speaker} department={c.type === 'answer' ? record.department : null} officesKnownUntil={officesKnownUntil} />
          <div className="mt-2">
            <ContributionText text={c.text} />
          </div>
          <Link href={c.url} className="mt-2 inline-block text-sm text-blue-800 underline">
            Permalink to this {TYPE_LABELS[c.type]?.toLowerCase() ?? 'contribution'}
          </Link>
        </div>
      ))}
    </section>
  );
}

export default async function ContributionPage({ params }: Props) {
  const found = await load(params);
  // proxy.ts answers moved (301) and removed (410) ids before this renders (lib/http/permalink.ts);
  // these branches only catch a re-ingest that lands between the proxy's lookup and this one (a
  // page cannot send 301, so a moved one links to its new address).
  if (found.status === 'moved') {
    return (
      <div className="py-8">
        <h1 className="font-serif text-2xl font-bold">{MOVED_HEADING}</h1>
        <p className="mt-2">
          <Link href={`/c/${found.to}`} className="text-blue-800 underline">
            Read it at its new address
          </Link>
        </p>
      </div>
    );
  }
  if (found.status === 'gone') {
    return (
      <div className="py-8">
        <h1 className="font-serif text-2xl font-bold">{REMOVED_HEADING}</h1>
        <p className="mt-2">{REMOVED_EXPLANATION}</p>
        {found.recordExists ? (
          <p className="mt-4">
            <Link href={`/d/${found.recordId}`} className="text-blue-800 underline">
              Read the record
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  if (found.status !== 'found') notFound();
  const { contribution: c, record } = found;
  const index = record.contributions.findIndex((x) => x.id === c.id);
  const prev = record.contributions[index - 1];
  const next = record.contributions[index + 1];
  const permalink = `${originFromHeaders(await headers())}${c.url}`;
  // Where the register's office data ends: how the speaker lines word a post it holds open.
  const officesKnownUntil = await getRegisterOfficesKnownUntil();
  return (
    <div>
      <p className="text-sm text-stone-600">
        {KIND_LABELS[record.kind] ?? record.kind}
        {record.house ? ` · ${houseName(record.house)}` : ''}
        {record.date ? ` · ${formatDate(record.date)}` : ''}
        {record.department ? ` · ${record.department}` : ''}
        {record.question ? ` · ${questionStatusLabel(record.question.status)}` : ''}
      </p>
      <h1 className="mt-1 font-serif text-2xl font-bold">
        <Link href={record.url} className="underline-offset-4 hover:underline">
          {record.title}
        </Link>
      </h1>
      <Related label="Question" items={c.answers} record={record} officesKnownUntil={officesKnownUntil} />
      <article id={`c-${c.id}`} className="my-4 rounded border-2 border-commons/60 bg-white p-5" aria-label={TYPE_LABELS[c.type] ?? 'Contribution'}>
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <SpeakerLine speaker={c.speaker} department={c.type === 'answer' ? record.department : null} officesKnownUntil={officesKnownUntil} />
          <span className="text-xs text-stone-600">
            {TYPE_LABELS[c.type] ?? c.type}
            {c.time ? ` · ${c.time}` : ''}
            {c.date ? ` · ${formatDate(c.date)}` : ''}
          </span>
        </div>
        <ContributionText text={c.text} languages={c.languages} />
        <p className="mt-4 text-sm">
          <Link href={`${record.url}#c-${c.id}`} className="text-blue-800 underline">
            See this in the full {KIND_LABELS[record.kind]?.toLowerCase() ?? 'record'}
          </Link>
        </p>
      </article>
      <Related label="Answer" items={c.answeredBy} record={record} officesKnownUntil={officesKnownUntil} />
      <CitationPanel permalink={permalink} citation={formatOscolaCitation(record, c)} downloads={{ csl: `${c.url}/cite.json`, bibtex: `${c.url}/cite.bib` }} />
      <nav aria-label="Neighbouring contributions" className="mt-6 flex justify-between text-sm">
        {prev ? (
          <Link href={prev.url} className="text-blue-800 underline" rel="prev">
            ← Previous: {prev.speaker.name ?? TYPE_LABELS[prev.type]}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={next.url} className="text-blue-800 underline" rel="next">
            Next: {next.speaker.name ?? TYPE_LABELS[next.type]} →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
