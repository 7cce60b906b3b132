/**
 * What a pasted reference names in our record: one record or contribution (→ its permalink), a
 * few candidates, or nothing. The reference is read by parse-reference.ts, looked up through
 * lib/db/proxy/references.ts, and a citation pinpointed by match-citation.ts.
 */
import { isDatabaseUnavailable } from '../db/errors';
import { findBySourceId, findBySourceIdInOtherVersions, findDayRecords, findRecordsBySourceUrl, findRecordsByUin, type ReferenceTarget } from '../db/proxy';
import { VENUES } from '../parse/record';
import { matchCitation } from './match-citation';
import { parseReference, type Reference } from './parse-reference';
import { targetHref } from './target-href';

export type ReferenceOutcome =
  | { status: 'not-a-reference' }
  | { status: 'none'; reference: Reference }
  | { status: 'one'; reference: Reference; target: ReferenceTarget; href: string }
  /** `approximate`: nothing matched exactly; these are near it (another version of the day). */
  | { status: 'several'; reference: Reference; targets: ReferenceTarget[]; approximate: boolean };

/** http/https, with or without "www." and a trailing slash: the same page as stored. */
export function sourceUrlVariants(url: string): string[] {
  const bare = url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
  return ['http://', 'https://'].flatMap((scheme) => ['', 'www.'].flatMap((www) => [`${scheme}${www}${bare}`, `${scheme}${www}${bare}/`]));
}

async function findTargets(reference: Reference): Promise<{ targets: ReferenceTarget[]; approximate: boolean }> {
  switch (reference.type) {
    case 'uin':
      return { targets: await findRecordsByUin(reference.uin, reference.date), approximate: false };
    case 'gid': {
      const exact = await findBySourceId(reference.gid);
      if (exact.length) return { targets: exact, approximate: false };
      return { targets: await findBySourceIdInOtherVersions(reference.gid), approximate: true };
    }
    case 'gid-suffix':
      return { targets: await findBySourceId(reference.prefix, { suffix: reference.suffix }), approximate: false };
    case 'source-url':
      return { targets: await findRecordsBySourceUrl(sourceUrlVariants(reference.url)), approximate: false };
    case 'citation': {
      const venues = reference.venue ? [reference.venue] : [...VENUES];
      const day = await findDayRecords({ date: reference.date, house: reference.house, venues });
      return { targets: matchCitation(day, reference), approximate: false };
    }
  }
}

export async function resolveReference(text: string): Promise<ReferenceOutcome> {
  const reference = parseReference(text);
  if (!reference) return { status: 'not-a-reference' };
  const { targets, approximate } = await findTargets(reference);
  if (!targets.length) return { status: 'none', reference };
  if (targets.length === 1 && !approximate) return { status: 'one', reference, target: targets[0], href: targetHref(targets[0], reference) };
  return { status: 'several', reference, targets, approximate };
}

export type FoundReference = Extract<ReferenceOutcome, { status: 'one' | 'several' }>;

/**
 * For the search page: what the search box names when its text is a reference we hold, else
 * null. Search works without Postgres, so a database outage only costs the "Go to" link.
 */
export async function resolveSearchBoxReference(q: string): Promise<FoundReference | null> {
  try {
    const outcome = await resolveReference(q);
    return outcome.status === 'one' || outcome.status === 'several' ? outcome : null;
  } catch (e) {
    if (isDatabaseUnavailable(e)) return null;
    throw e;
  }
}
