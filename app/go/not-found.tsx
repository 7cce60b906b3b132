import Link from 'next/link';

/** /go with a reference that matches nothing we hold, or text that is no reference we can read. */
export default function ReferenceNotFound() {
  return (
    <div className="py-12">
      <h1 className="font-serif text-2xl font-bold">No record matches this reference</h1>
      <p className="mt-2 text-stone-700">
        We hold nothing at that reference, or could not read it. References we read: a question number (7814, HL13647), a Hansard citation (HC Deb 26 November
        2007, vol 468, col 3), a TheyWorkForYou link or id, or a Parliament written-question link.
      </p>
      <p className="mt-4">
        <Link href="/search" className="text-blue-800 underline">
          Search the record
        </Link>{' '}
        ·{' '}
        <Link href="/help" className="text-blue-800 underline">
          Search help
        </Link>
      </p>
    </div>
  );
}
