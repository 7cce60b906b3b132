import Link from 'next/link';
import type { SpQuestionMentionView } from '@/lib/db/pages';
import { formatDate } from '@/lib/format';

/** How each mention type reads (TheyWorkForYou words them alike: classes/SectionView/SpwransView.php). */
const LABELS: Record<string, string> = {
  'business-today': "In the Business Bulletin's business for the day",
  'business-oral': "In the Business Bulletin's oral questions lodged",
  'business-written': "In the Business Bulletin's written questions lodged",
  holding: 'Holding answer given',
  answer: 'Answered',
  'oral-asked-in-official-report': 'Asked in the chamber',
};

const goTo = (ref: string) => `/go?ref=${encodeURIComponent(ref)}`;
const SPQ = 'uk.org.publicwhip/spq/';

/**
 * A Scottish Parliament question's life as the Parliament's question tracking gives it: each dated
 * mention in order (Business Bulletin lists, holding answer, answer, the chamber), then the
 * questions that cite it. Only dates the files print; none is worked out.
 */
export function SpQuestionTracking({ mentions }: { mentions: SpQuestionMentionView[] }) {
  const dated = mentions.filter((m) => m.type !== 'referenced-in-question-text');
  const citing = mentions.filter((m) => m.type === 'referenced-in-question-text' && m.mentionedGid?.startsWith(SPQ));
  return (
    <section aria-labelledby="sp-question-tracking" className="mb-6 rounded border border-stone-300 bg-white p-4">
      <h2 id="sp-question-tracking" className="mb-2 font-semibold">
        Where the Parliament’s papers mention this question
      </h2>
      {mentions.length === 0 ? (
        <p className="text-sm italic text-stone-600">The Parliament’s question tracking we hold does not mention this question.</p>
      ) : null}
      {dated.length ? (
        <ol className="space-y-1 text-sm" data-sp-tracking>
          {dated.map((m, i) => (
            <li key={i} data-mention={m.type} className="grid grid-cols-[11rem_1fr] gap-x-3">
              <span className="text-stone-600">
                {m.date ? <time dateTime={m.date}>{formatDate(m.date)}</time> : <span className="italic">date not given</span>}
              </span>
              <span>
                {LABELS[m.type] ?? m.type}
                {mentions.some((o) => o.spid !== m.spid) ? ` (${m.spid})` : ''}
                {m.url ? (
                  <>
                    {' '}
                    —{' '}
                    <a href={m.url} className="text-blue-800 underline" rel="nofollow noopener">
                      as published
                    </a>
                  </>
                ) : null}
                {m.mentionedGid && m.type !== 'business-written' ? (
                  <>
                    {' '}
                    —{' '}
                    <Link href={goTo(m.mentionedGid)} className="text-blue-800 underline">
                      {m.type === 'answer' ? 'the answer' : 'the record'}
                    </Link>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {citing.length ? (
        <p className="mt-3 text-sm">
          Referred to in{' '}
          {citing.map((m, i) => {
            const spid = m.mentionedGid!.slice(SPQ.length);
            return (
              <span key={spid}>
                {i ? ', ' : ''}
                <Link href={goTo(spid)} className="text-blue-800 underline">
                  question {spid}
                </Link>
              </span>
            );
          })}
        </p>
      ) : null}
    </section>
  );
}
