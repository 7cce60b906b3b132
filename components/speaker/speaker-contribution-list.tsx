import Link from 'next/link';
import type { SpeakerContributionView } from '@/lib/db/pages';
import type { PersonContributionView } from '@/lib/db/pages';
import { formatDate, KIND_LABELS, paragraphs, TYPE_LABELS } from '@/lib/format';

const EXCERPT_LENGTH = 280;

function excerpt(text: string): string {
  const first = paragraphs(text)[0] ?? '';
  return first.length > EXCERPT_LENGTH ? `${first.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …` : first;
}

interface Item {
  id: string;
  url: string;
  type: string;
  date: string | null;
  role: string | null;
  excerpt: string;
  record: { url: string; title: string; kind: string; house: string | null };
  /** The name this one was printed under, when the list spans several. */
  printedName?: { name: string; slug: string | null } | null;
}

function Items({ items, start }: { items: Item[]; start: number }) {
  return (
    <ol aria-label="Contributions" start={start} className="space-y-4">
      {items.map((c) => (
        <li key={c.id} className="rounded border border-stone-300 bg-white p-4">
          <p className="text-xs text-stone-600">
            {TYPE_LABELS[c.type] ?? c.type}
            {c.date ? ` · ${formatDate(c.date)}` : ''}
            {` · ${KIND_LABELS[c.record.kind] ?? c.record.kind}`}
            {c.record.house ? ` · House of ${c.record.house}` : ''}
            {c.printedName ? (
              <>
                {' · printed as '}
                {c.printedName.slug ? (
                  <Link href={`/speakers/${c.printedName.slug}`} className="text-blue-800 underline">
                    {c.printedName.name}
                  </Link>
                ) : (
                  c.printedName.name
                )}
              </>
            ) : null}
            {c.role ? ` · as ${c.role}` : ''}
          </p>
          <h3 className="mt-1 font-serif text-lg font-semibold">
            <Link href={c.url} className="underline-offset-2 hover:underline">
              {c.record.title}
            </Link>
          </h3>
          <p className="mt-1 font-serif text-stone-800">{c.excerpt}</p>
          <p className="mt-2 text-sm">
            <Link href={`${c.record.url}#c-${c.id}`} className="text-blue-800 underline">
              In context
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** One page of a speaker's contributions: where and when, what kind, the opening words, the permalink. */
export function SpeakerContributionList({ contributions, start }: { contributions: SpeakerContributionView[]; start: number }) {
  return <Items items={contributions.map((c) => ({ ...c, excerpt: excerpt(c.text) }))} start={start} />;
}

/** One page of a register person's contributions across every name they were printed under, each saying which when there are several. */
export function PersonContributionList({
  contributions,
  start,
  showPrintedName = true,
}: {
  contributions: PersonContributionView[];
  start: number;
  showPrintedName?: boolean;
}) {
  return (
    <Items
      items={contributions.map((c) => ({
        ...c,
        role: c.printed.role,
        printedName: showPrintedName && c.printed.name ? { name: c.printed.name, slug: c.printed.slug } : null,
      }))}
      start={start}
    />
  );
}
