/**
 * Question time in any spoken format: who answers (government office holders, else the member
 * who replies to the opening question), how contributions are typed, and the answer links.
 */
import type { Contribution, ContributionType } from '../record';
import { isGovernmentOffice, isPresidingOffice } from './cues';
import { linkAnswers } from './build';

/**
 * Lines the record prints between speeches that no one speaks: members rising, the chair taken,
 * questions put. They are not contributions and not part of the speech they follow.
 */
const PROCEDURAL_LINE =
  /^(?:(?:Several|Hon\.|Noble) (?:hon\. )?(?:Members|Lords)(?: rose)?\s*[—–-]*|(?:Several hon\. Members|Hon\. Members|Noble Lords): .*|rose\s*[—–-]+|\[.{3,80} in the Chair\]|Question put(?: and agreed to)?\.?|Question agreed to\.?|Bill read (?:a|the) (?:first|second|third) time\b.*|(?:Motion|Amendments?(?: \S+)?|Clauses? \S+(?: to \S+)?(?: agreed)?)(?: withdrawn| agreed| disagreed| not moved)(?: to)?\.?|Debate resumed\.?|Sitting suspended\.?|House adjourned\.?)$/i;

/** True for a procedural line (see PROCEDURAL_LINE). */
export function isProceduralLine(line: string): boolean {
  return PROCEDURAL_LINE.test(line.trim());
}

/** Openings that mark a debate rather than question time. */
export function opensDebate(texts: string[]): boolean {
  return texts.some((t) => /^(?:I beg to move\b|That this House (?:has considered|calls on|believes|notes)\b)/m.test(t));
}

/** How a sitting's contributions are typed: question time, debate speeches, or statements. */
export type SpokenMode = 'questions' | 'speeches' | 'statements';

/** Types each contribution, then links answers to the questions they follow. */
export function typeContributions(contributions: Contribution[], mode: SpokenMode): Contribution[] {
  const answerers = findAnswerers(contributions);
  const typed = contributions.map((c): Contribution => ({ ...c, type: typeFor(c, mode, answerers) }));
  return linkAnswers(typed);
}

/** True when some contribution comes from a holder of a government office. */
export function hasGovernmentSpeaker(contributions: Contribution[]): boolean {
  return contributions.some((c) => isGovernmentOffice(c.speaker.role));
}

function typeFor(c: Contribution, mode: SpokenMode, answerers: Set<string>): ContributionType {
  if (mode === 'statements') return 'statement';
  if (mode === 'speeches') return 'speech';
  if (isPresidingOffice(c.speaker.role) || isPresidingOffice(c.speaker.name)) return 'speech';
  return answerers.has(speakerKey(c)) ? 'answer' : 'question';
}

function speakerKey(c: Contribution): string {
  return (c.speaker.name ?? c.speaker.role ?? '').toLowerCase();
}

/**
 * The people answering: holders of a government office; when no one's office is printed, the
 * member who speaks right after the opening question (the minister replying to it).
 */
function findAnswerers(contributions: Contribution[]): Set<string> {
  const byOffice = contributions.filter((c) => isGovernmentOffice(c.speaker.role)).map(speakerKey);
  if (byOffice.length) return new Set(byOffice);
  const speakers = contributions.filter((c) => !isPresidingOffice(c.speaker.role) && !isPresidingOffice(c.speaker.name));
  if (speakers.length >= 2 && speakerKey(speakers[1]) && speakerKey(speakers[1]) !== speakerKey(speakers[0])) return new Set([speakerKey(speakers[1])]);
  return new Set();
}
