import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-12">
      <h1 className="font-serif text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-stone-700">There is no debate, question or contribution at this address.</p>
      <p className="mt-4">
        <Link href="/search" className="text-blue-800 underline">
          Search the record
        </Link>
      </p>
    </div>
  );
}
