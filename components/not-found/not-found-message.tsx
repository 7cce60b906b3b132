import Link from 'next/link';
import { Fragment } from 'react';
import { type NotFoundPage, SEARCH_THE_RECORD } from '@/lib/http/not-found-page';

/** The body of a not-found.tsx page: the words of the proxy's plain 404 page (lib/http/not-found-page.ts), in the site's frame. */
export function NotFoundMessage({ page }: { page: NotFoundPage }) {
  return (
    <div className="py-12">
      <h1 className="font-serif text-2xl font-bold">{page.heading}</h1>
      <p className="mt-2 text-stone-700">{page.explanation}</p>
      <p className="mt-4">
        {[SEARCH_THE_RECORD, ...page.links].map(([href, label], i) => (
          <Fragment key={href}>
            {i > 0 ? ' · ' : null}
            <Link href={href} className="text-blue-800 underline">
              {label}
            </Link>
          </Fragment>
        ))}
      </p>
    </div>
  );
}
