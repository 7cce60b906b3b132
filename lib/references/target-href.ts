/** Our permalink for a reference target. Pure, so components can build links without lib/db. */
import type { ReferenceTarget } from '../db/proxy';
import type { Reference } from './parse-reference';

/** The contribution's page for an id, a place in its record for a citation, else the record. */
export function targetHref(target: ReferenceTarget, reference?: Reference): string {
  if (!target.contributionId) return `/d/${target.recordId}`;
  // A citation names a place in a record; an id names the contribution itself.
  return reference?.type === 'citation' ? `/d/${target.recordId}#c-${target.contributionId}` : `/c/${target.contributionId}`;
}
