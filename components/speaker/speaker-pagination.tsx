import Link from 'next/link';

/** Previous / next pages of a speaker's contributions, as plain links (works without JavaScript); `query` is kept on every link. */
export function SpeakerPagination({ slug, page, pages, query = {} }: { slug: string; page: number; pages: number; query?: Record<string, string> }) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(query);
    if (p > 1) params.set('page', String(p));
    const qs = params.toString();
    return `/speakers/${slug}${qs ? `?${qs}` : ''}`;
  };
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
