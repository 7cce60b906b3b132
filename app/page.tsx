import Link from 'next/link';

export default function HomePage() {
  return (
    <div className="py-10">
      <h1 className="font-serif text-4xl font-bold">Search the parliamentary record</h1>
      <p className="mt-3 max-w-2xl text-stone-700">
        Debates, oral and written questions with the answers they got, statements and committee releases — every
        contribution with its speaker, and a permalink you can share.
      </p>
      <form action="/search" method="get" role="search" className="mt-6 flex max-w-2xl gap-2">
        <label htmlFor="home-q" className="sr-only">
          Search words
        </label>
        <input
          id="home-q"
          name="q"
          type="search"
          placeholder='e.g. trafficking, "modern slavery" -children, speaker:coaker'
          className="flex-1 rounded border border-stone-400 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded bg-commons px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      <p className="mt-3 text-sm">
        <Link href="/help" className="text-blue-800 underline">
          How to search: phrases, exclusions, speakers, dates
        </Link>
      </p>
      <p className="mt-2 text-sm">
        <Link href="/questions?status=overdue" className="text-blue-800 underline">
          Written questions: unanswered, overdue, answered and corrected, by department
        </Link>
      </p>
    </div>
  );
}
