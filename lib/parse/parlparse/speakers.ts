/**
 * Speakers of ParlParse speeches: the name as printed (`speakername`), the office as printed
 * (`speakeroffice`), and party and seat from the member register for the sitting date, found by
 * the reference the XML gives (`speakerid` = membership, or `person_id` in newer files). The
 * register's answer (lib/members/resolve.ts) is kept beside the speaker, so ingest stores it
 * without asking the register again.
 */
import { resolveSpeaker, type RegisterIndex, type SpeakerResolution } from '@/lib/members';
import type { House, Speaker } from '../record';
import { clean, type Attrs } from './sax-reader';

export interface SpeechSpeaker {
  speaker: Speaker;
  /** The register's answer for this speaker on the date; null for procedural text. */
  resolution: SpeakerResolution | null;
  /** Who is speaking, for telling speakers apart: the reference, else the printed name; null for procedural text. */
  key: string | null;
  /** True for text with no speaker (`nospeaker="true"`, or neither name nor reference). */
  procedural: boolean;
  /** Why party/seat could not be given, in words a user understands; null when nothing is missing. */
  warning: string | null;
}

/** Groups of members ("Noble Lords", "Hon. Members") have no single register entry to find. */
const COLLECTIVE = /^(?:several |some )?(?:noble lords|hon\.? members|members|an? hon\.? members?|noble lords and baronesses)\b/i;

export function readSpeechSpeaker(attrs: Attrs, sitting: { date: string | null; house: House | null }, register: RegisterIndex): SpeechSpeaker {
  const printed = attrs.speakername ? clean(attrs.speakername) || null : null;
  const ref = speakerRef(attrs);
  const role = attrs.speakeroffice ? clean(attrs.speakeroffice) || null : null;
  if (attrs.nospeaker === 'true' || (!printed && !ref)) {
    return { speaker: { name: null, role: null, party: null, constituency: null }, resolution: null, key: null, procedural: true, warning: null };
  }
  // Party and seat are printed only from the reference: a name alone is resolved for the store, not printed.
  const resolution = resolveSpeaker(register, { name: printed, role, party: null, constituency: null, sourceRef: ref, ...sitting });
  const member = ref && resolution?.personId ? resolution : null;
  const name = printed ?? member?.name ?? null;
  const speaker: Speaker = {
    name,
    role,
    party: member?.party ?? null,
    constituency: member?.seatAsRegistered ?? null,
    ...(ref ? { sourceRef: ref } : {}),
  };
  let warning: string | null = null;
  if (!printed && !member) warning = `A speech has no speaker name (reference ${ref}); the speaker is unknown`;
  else if (ref && !member) warning = `${name} (${ref}) is not in the member register, so party and constituency are unknown`;
  else if (member && member.house === null)
    warning = `${name} (${ref}) has no seat in the member register on ${sitting.date ?? 'the sitting date'}, so party and constituency are unknown`;
  else if (!ref && !COLLECTIVE.test(name ?? '')) warning = `${name} has no member reference, so party and constituency are unknown`;
  return { speaker, resolution, key: ref ?? name, procedural: false, warning };
}

/** The register reference of a speech: `person_id` (newer files) or `speakerid`; "unknown" is none. */
export function speakerRef(attrs: Attrs): string | null {
  for (const value of [attrs.person_id, attrs.speakerid]) {
    const ref = value?.trim();
    if (ref && ref !== 'unknown') return ref;
  }
  return null;
}
