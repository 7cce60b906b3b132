import Link from 'next/link';
import { HoldingsSummary } from '@/components/sittings/holdings';
import { LatestSittings } from '@/components/sittings/latest-sittings';
import { getFrontDoorView } from '@/lib/db/pages';

export const dynamic = 'force-dynamic';

const ENTRY_POINTS = [
  { href: '/sittings', label: 'Browse by sitting day', note: 'a calendar of the days with records, per House' },
  { href: '/trends?terms=trafficking,slavery', label: 'Trends', note: 'how often words were said, year by year' },
  { href: '/questions?status=overdue', label: 'Written questions', note: 'unanswered, overdue, answered and corrected, by department' },
  { href: '/help', label: 'How to search', note: 'phrases, exclusions, speakers, dates' },
];

export default async function HomePage() {
  const { latest, holdings } = await getFrontDoorView();
  return (
    <div className="py-6">
      <h1 className="font-serif text-4xl font-bold">Search the parliamentary record</h1>
      <p className="mt-3 max-w-2xl text-stone-700">
        Debates, oral and written questions with the answers they got, statements and committee releases — every contribution with its speaker, and a permalink
        you can share.
      </p>
      <form action="/search" method="get" role="search" className="mt-6 flex max-w-2xl flex-wrap gap-2">
        <label htmlFor="home-q" className="sr-only">
          Search words
        </label>
        <input
          id="home-q"
          name="q"
          type="search"
          placeholder='e.g. trafficking, "modern slavery" -children, speaker:coaker'
          className="min-h-11 min-w-0 flex-1 basis-56 rounded border border-stone-400 bg-white px-3 py-2"
        />
        <button type="submit" className="min-h-11 rounded bg-commons px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      <nav aria-label="Ways in" className="mt-6">
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {ENTRY_POINTS.map((e) => (
            <li key={e.href}>
              <Link href={e.href} className="block min-h-11 rounded border border-stone-300 bg-white p-3 hover:bg-stone-100">
                <span className="font-semibold text-blue-800 underline">{e.label}</span>
                <span className="block text-sm text-stone-700">{e.note}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="font-serif text-2xl font-bold">
          Latest sitting days
        </h2>
        <LatestSittings latest={latest} />
      </section>
      <section aria-labelledby="holdings" className="mt-10">
        <h2 id="holdings" className="mb-2 font-serif text-2xl font-bold">
          What the index holds
        </h2>
        <HoldingsSummary holdings={holdings} />
      </section>
    </div>
  );
}
