import type { ReactNode } from 'react';
import type { SearchHit } from '@/lib/search/run-search';

/**
 * What every listed hit shows (search results, the /questions list): a line of details, the
 * record's title linking to the record, who spoke linking to the contribution, and the snippet,
 * which is HTML built by lib/search/snippet.ts: escaped text plus <mark> only.
 */
export function HitFrame({
  hit,
  details,
  who,
  before,
  after,
  titleGap = false,
}: {
  hit: SearchHit;
  /** The line above the title. */
  details: ReactNode;
  /** The link text to the contribution, with words `before` and `after` it on its line. */
  who: string;
  before?: ReactNode;
  after?: ReactNode;
  /** A little space above the title, when the details line has badges. */
  titleGap?: boolean;
}) {
  return (
    <li className="border-b border-stone-200 py-4">
      {details}
      <h3 className={`${titleGap ? 'mt-1 ' : ''}font-serif text-lg font-semibold`}>
        <a href={hit.record.url} className="underline-offset-2 hover:underline">
          {hit.record.title}
        </a>
      </h3>
      <p className="text-sm">
        {before}
        <a href={hit.url} className="font-semibold text-blue-800 underline" data-hit-link>
          {who}
        </a>
        {after}
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet is HTML-escaped before its matches are wrapped in <mark> (lib/search/snippet.ts) */}
      <p className="mt-1 font-serif text-stone-800" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
    </li>
  );
}
