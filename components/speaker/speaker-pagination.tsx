import Link from 'next/link';

/** Previous / next pages of a speaker's contributions, as plain links (works without JavaScript). */
export function SpeakerPagination({ slug, page, pages }: { slug: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (p: number) => (p === 1 ? `/speakers/${slug}` : `/speakers/${slug}?page=${p}`);
  return (
    <nav aria-label="Pages of contributions" className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-blue-800 underline">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="text-blue-800 underline">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
