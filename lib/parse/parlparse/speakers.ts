/**
 * Speakers of ParlParse speeches: the name as printed (`speakername`), the office as printed
 * (`speakeroffice`) and the register reference the XML gives (`speakerid` = membership, or
 * `person_id` in newer files). Reading them needs no register; `withRegisterSpeakers` prints party
 * and seat afterwards from the register's answers (lib/ingest/resolve-speakers.ts asks the register),
 * with a warning for each speaker it cannot place.
 */
import type { SpeakerResolution } from '@/lib/members';
import type { ParsedRecord, Speaker } from '../record';
import { clean, type Attrs } from './sax-reader';

export interface SpeechSpeaker {
  speaker: Speaker;
  /** Who is speaking, for telling speakers apart: the reference, else the printed name; null for procedural text. */
  key: string | null;
  /** True for text with no speaker (`nospeaker="true"`, or neither name nor reference). */
  procedural: boolean;
}

/** Groups of members ("Noble Lords", "Hon. Members") have no single register entry to find. */
const COLLECTIVE = /^(?:several |some )?(?:noble lords|hon\.? members|members|an? hon\.? members?|noble lords and baronesses)\b/i;

export function readSpeechSpeaker(attrs: Attrs): SpeechSpeaker {
  const printed = attrs.speakername ? clean(attrs.speakername) || null : null;
  const ref = speakerRef(attrs);
  const role = attrs.speakeroffice ? clean(attrs.speakeroffice) || null : null;
  if (attrs.nospeaker === 'true' || (!printed && !ref)) {
    return { speaker: { name: null, role: null, party: null, constituency: null }, key: null, procedural: true };
  }
  const speaker: Speaker = { name: printed, role, party: null, constituency: null, ...(ref ? { sourceRef: ref } : {}) };
  return { speaker, key: ref ?? printed, procedural: false };
}

/**
 * A day's records with party and seat printed from the register's answers (`[record][contribution]`,
 * as lib/members resolveRecordSpeakers gives them), and, first among each record's warnings, why a
 * speaker's party or seat could not be given. Party and seat are printed only from the reference: a
 * name alone is resolved for the store, not printed.
 */
export function withRegisterSpeakers(records: ParsedRecord[], resolutions: (SpeakerResolution | null)[][]): ParsedRecord[] {
  return records.map((record, i) => {
    const warnings: string[] = [];
    const contributions = record.contributions.map((c, j) => {
      const printed = c.speaker.name;
      const ref = c.speaker.sourceRef ?? null;
      if (!printed && !ref) return c; // procedural text
      const resolution = resolutions[i]?.[j] ?? null;
      const member = ref && resolution?.personId ? resolution : null;
      const name = printed ?? member?.name ?? null;
      const warning = speakerWarning(printed, ref, name, member, c.date);
      if (warning && !warnings.includes(warning)) warnings.push(warning);
      return { ...c, speaker: { ...c.speaker, name, party: member?.party ?? null, constituency: member?.seatAsRegistered ?? null } };
    });
    return { ...record, contributions, warnings: [...warnings, ...record.warnings.filter((w) => !warnings.includes(w))] };
  });
}

/** Why party/seat could not be given, in words a user understands; null when nothing is missing. */
function speakerWarning(printed: string | null, ref: string | null, name: string | null, member: SpeakerResolution | null, date: string | null): string | null {
  if (!printed && !member) return `A speech has no speaker name (reference ${ref}); the speaker is unknown`;
  if (ref && !member) return `${name} (${ref}) is not in the member register, so party and constituency are unknown`;
  if (member && member.house === null)
    return `${name} (${ref}) has no seat in the member register on ${date ?? 'the sitting date'}, so party and constituency are unknown`;
  if (!ref && !COLLECTIVE.test(name ?? '')) return `${name} has no member reference, so party and constituency are unknown`;
  return null;
}

/** The register reference of a speech: `person_id` (newer files) or `speakerid`; "unknown" is none. */
export function speakerRef(attrs: Attrs): string | null {
  for (const value of [attrs.person_id, attrs.speakerid]) {
    const ref = value?.trim();
    if (ref && ref !== 'unknown') return ref;
  }
  return null;
}
