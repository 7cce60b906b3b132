/**
 * Speakers of ParlParse speeches: the name as printed (`speakername`), the office as printed
 * (`speakeroffice`), and party and seat from the member register for the sitting date, found by
 * the reference the XML gives (`speakerid` = membership, or `person_id` in newer files).
 */
import type { MemberLookup } from '@/lib/members';
import type { Speaker } from '../record';
import { clean, type Attrs } from './sax-reader';

export interface ResolvedSpeaker {
  speaker: Speaker;
  /** Who is speaking, for telling speakers apart: the reference, else the printed name; null for procedural text. */
  key: string | null;
  /** True for text with no speaker (`nospeaker="true"`, or neither name nor reference). */
  procedural: boolean;
  /** Why party/seat could not be given, in words a user understands; null when nothing is missing. */
  warning: string | null;
}

/** Groups of members ("Noble Lords", "Hon. Members") have no single register entry to find. */
const COLLECTIVE = /^(?:several |some )?(?:noble lords|hon\.? members|members|an? hon\.? members?|noble lords and baronesses)\b/i;

export function resolveSpeaker(attrs: Attrs, date: string | null, lookup: MemberLookup): ResolvedSpeaker {
  const printed = attrs.speakername ? clean(attrs.speakername) || null : null;
  const ref = speakerRef(attrs);
  const role = attrs.speakeroffice ? clean(attrs.speakeroffice) || null : null;
  if (attrs.nospeaker === 'true' || (!printed && !ref)) {
    return { speaker: { name: null, role: null, party: null, constituency: null }, key: null, procedural: true, warning: null };
  }
  const member = ref ? lookup(ref, date) : null;
  const name = printed ?? member?.name ?? null;
  const speaker: Speaker = {
    name,
    role,
    party: member?.party ?? null,
    constituency: member?.constituency ?? null,
    ...(ref ? { sourceRef: ref } : {}),
  };
  let warning: string | null = null;
  if (!printed && !member) warning = `A speech has no speaker name (reference ${ref}); the speaker is unknown`;
  else if (ref && !member) warning = `${name} (${ref}) is not in the member register, so party and constituency are unknown`;
  else if (member && member.house === null) warning = `${name} (${ref}) has no seat in the member register on ${date ?? 'the sitting date'}, so party and constituency are unknown`;
  else if (!ref && !COLLECTIVE.test(name ?? '')) warning = `${name} has no member reference, so party and constituency are unknown`;
  return { speaker, key: ref ?? name, procedural: false, warning };
}

/** The register reference of a speech: `person_id` (newer files) or `speakerid`; "unknown" is none. */
export function speakerRef(attrs: Attrs): string | null {
  for (const value of [attrs.person_id, attrs.speakerid]) {
    const ref = value?.trim();
    if (ref && ref !== 'unknown') return ref;
  }
  return null;
}
