import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReferenceTargets } from '@/components/references/reference-targets';
import { resolveReference } from '@/lib/references/resolve-reference';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reference', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * GET /go?ref=… (docs/contracts.md §4). One match never renders here: proxy.ts answers it with a
 * 302 to its permalink. Several matches are listed; none (or no reference at all) is a 404.
 */
export default async function GoPage({ searchParams }: Props) {
  const raw = (await searchParams).ref;
  const ref = typeof raw === 'string' ? raw : '';
  const outcome = await resolveReference(ref);
  if (outcome.status === 'not-a-reference' || outcome.status === 'none') notFound();
  const targets = outcome.status === 'one' ? [outcome.target] : outcome.targets;
  return (
    <div className="py-6">
      <h1 className="font-serif text-2xl font-bold">
        {outcome.status === 'several' && outcome.approximate ? 'Nothing matches exactly' : 'Several records match'}
      </h1>
      <p className="mt-2 text-stone-700">
        “{ref}”
        {outcome.status === 'several' && outcome.approximate
          ? ' names a version of the day we do not hold. These are at the same place in the version we have:'
          : ` could mean any of these ${targets.length}:`}
      </p>
      <div className="mt-4">
        <ReferenceTargets targets={targets} reference={outcome.reference} />
      </div>
    </div>
  );
}
