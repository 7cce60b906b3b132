/**
 * Speaker lines of hansard.parliament.uk pages: "Tonia Antoniazzi (Gower) (Lab)", "The
 * Parliamentary Under-Secretary of State for the Home Department (Jess Phillips)", "Lord Hanson of
 * Flint (Lab)", "Mr Speaker", and the bare "Jess Phillips" used once a member has been introduced.
 */
import type { Speaker } from '../record';
import { makeSpeaker } from '../shared/build';
import { isPresidingOffice } from '../shared/cues';
import { looksLikePersonName, nameKey, PEERAGE_TITLE, stripHonorifics } from '../shared/names';
import { normalizeParty } from '../../vocabulary';

const OFFICE_WORDS =
  /^(?:The\s|Mr\s+Speaker|Madam\s|Deputy\s|Lord\s+Speaker)|\b(?:Minister|Secretary|Solicitor|Attorney|Advocate|Leader|Chancellor|Speaker|Chair(?:man|woman)?|Whip|Paymaster|Captain|Lord Privy Seal|Lord in Waiting|Baroness in Waiting|Spokesperson)\b/;
/** Brackets Hansard adds after a member's name that say what they are doing, not who they are. */
const ANNOTATION = /^(?:Urgent Question|Maiden Speech|in the Chair|Proxy vote cast by .*)$/i;
const QUESTION_NUMBER = /^(?:(?:T?\d{1,3}[.)]|\[\d+\])\s*)+(?=\S)/;

export interface SpeakerLine {
  speaker: Speaker;
  /** "1." / "T2." before the name: the member asks a tabled question. */
  numbered: boolean;
  /** The line gave more than a bare name. */
  structured: boolean;
}

/** Trailing "(…)" groups, innermost last: "A (B) (C)" → base "A", groups ["B", "C"]. */
function peelBrackets(line: string): { base: string; groups: string[] } {
  const groups: string[] = [];
  let base = line.trim();
  for (let m = /\s*\(([^()]{1,120})\)$/.exec(base); m && groups.length < 3; m = /\s*\(([^()]{1,120})\)$/.exec(base)) {
    groups.unshift(m[1].trim());
    base = base.slice(0, m.index).trim();
  }
  return { base, groups };
}

/**
 * Reads `line` as a speaker line, or returns null when it is text. `known` holds the name keys of
 * members already introduced on the page, so that their bare names are recognised.
 */
export function readSpeakerLine(line: string, known: Set<string>): SpeakerLine | null {
  const caption = readCaption(line);
  if (caption) {
    // the caption gives the member's full name; the line after it may say "Mr Evennett"
    const rest = readSpeakerLine(caption.rest, new Set([...known, nameKey(caption.name)]));
    return { speaker: { ...(rest?.speaker ?? makeSpeaker()), name: caption.name }, numbered: rest?.numbered ?? false, structured: rest?.structured ?? false };
  }
  const raw = line.trim();
  if (raw.length > 200 || /[.?!:;,"”’]$/.test(raw)) return null;
  const numbered = QUESTION_NUMBER.test(raw);
  const text = raw.replace(QUESTION_NUMBER, '');
  const { base, groups: all } = peelBrackets(text);
  if (!base || base.length > 150) return null;
  const chair = all.some((g) => /^in the Chair$/i.test(g));
  const groups = all.filter((g) => !ANNOTATION.test(g));
  if (chair && !groups.length && looksLikePersonName(base)) {
    return { speaker: makeSpeaker({ name: stripHonorifics(base), role: 'in the Chair' }), numbered, structured: true };
  }
  const party = groups.length ? normalizeParty(groups[groups.length - 1], true) : null;
  const inner = party ? groups.slice(0, -1) : groups;
  if (inner.length > 1) return null;
  const office = OFFICE_WORDS.test(base) && !PEERAGE_TITLE.test(base.replace(/^The\s+(?=Lord\s+Bishop)/, ''));

  if (inner.length === 1 && office && looksLikePersonName(inner[0])) {
    return { speaker: makeSpeaker({ name: stripHonorifics(inner[0]), role: base, party }), numbered, structured: true };
  }
  if (inner.length === 1 && !office && looksLikePersonName(base) && /^[\p{Lu}]/u.test(inner[0]) && !/\d/.test(inner[0])) {
    return { speaker: makeSpeaker({ name: stripHonorifics(base), constituency: inner[0], party }), numbered, structured: true };
  }
  if (inner.length === 0 && party && looksLikePersonName(base)) {
    return { speaker: makeSpeaker({ name: stripHonorifics(base), party }), numbered, structured: true };
  }
  if (groups.length === 0 && isPresidingOffice(base) && base.split(/\s+/).length <= 6) {
    return { speaker: makeSpeaker({ role: base }), numbered, structured: true };
  }
  // Lords Spiritual are printed without a party: "The Lord Bishop of St Albans"
  if (groups.length === 0 && looksLikePersonName(base) && (known.has(nameKey(base)) || numbered || /^The (?:Lord )?(?:Arch)?[Bb]ishop of \p{Lu}/u.test(base))) {
    return { speaker: makeSpeaker({ name: stripHonorifics(base) }), numbered, structured: false };
  }
  return null;
}

/**
 * Parallel Parliament prints a photo caption before the speaker line: "Sam Tarry Portrait Sam
 * Tarry (Ilford South) (Lab)", "David Evennett Portrait Mr Evennett". Null when the line is not one.
 */
function readCaption(line: string): { name: string; rest: string } | null {
  const m = /^(.{3,80}?) Portrait (\S.{1,250})$/.exec(line.trim());
  if (!m || !looksLikePersonName(m[1])) return null;
  const surname = nameKey(m[1]).split(' ').pop() ?? '';
  return nameKey(m[2]).split(' ').includes(surname) ? { name: stripHonorifics(m[1]), rest: m[2] } : null;
}
