import type { FoundReference } from '@/lib/references/resolve-reference';
import { ReferenceTargets } from './reference-targets';

/** Above the results when the search box holds a reference: a plain link to what it names (no JavaScript needed). */
export function ReferenceNotice({ found }: { found: FoundReference }) {
  if (found.status === 'one') {
    return (
      <aside aria-label="Reference" className="mb-4 rounded border border-blue-300 bg-blue-50 p-3">
        <p>
          <a href={found.href} className="font-semibold text-blue-800 underline">
            Go to {found.target.title}
          </a>{' '}
          <span className="text-stone-700">— what this reference names</span>
        </p>
      </aside>
    );
  }
  return (
    <aside aria-label="Reference" className="mb-4 rounded border border-blue-300 bg-blue-50 p-3">
      <p className="mb-2">
        {found.approximate ? 'This reference names a version of the day we do not hold; at the same place:' : 'This reference could mean any of these:'}
      </p>
      <ReferenceTargets targets={found.targets} reference={found.reference} />
    </aside>
  );
}
