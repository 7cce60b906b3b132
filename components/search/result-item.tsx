import type { SearchHit } from '@/lib/search/run-search';
import { formatDate, KIND_LABELS, TYPE_LABELS } from '@/lib/format';

/** One hit. The snippet is HTML built by lib/search/snippet.ts: escaped text plus <mark> only. */
export function ResultItem({ hit }: { hit: SearchHit }) {
  const who = hit.speaker.name ?? 'Speaker not named';
  const details = hit.speaker.role ?? [hit.speaker.party, hit.speaker.constituency].filter(Boolean).join(', ');
  return (
    <li className="border-b border-stone-200 py-4">
      <p className="text-xs uppercase tracking-wide text-stone-600">
        {KIND_LABELS[hit.record.kind] ?? hit.record.kind}
        {hit.record.house ? ` · ${hit.record.house}` : ''}
        {hit.date ? ` · ${formatDate(hit.date)}` : ''}
      </p>
      <h3 className="font-serif text-lg font-semibold">
        <a href={hit.record.url} className="underline-offset-2 hover:underline">
          {hit.record.title}
        </a>
      </h3>
      <p className="text-sm">
        <a href={hit.url} className="font-semibold text-blue-800 underline" data-hit-link>
          {who}
        </a>
        {details ? <span className="text-stone-600"> — {details}</span> : null}
        <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs">{TYPE_LABELS[hit.type] ?? hit.type}</span>
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet is HTML-escaped before its matches are wrapped in <mark> (lib/search/snippet.ts) */}
      <p className="mt-1 font-serif text-stone-800" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
    </li>
  );
}
