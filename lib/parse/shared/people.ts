/** Speaker blocks shared by the written-question formats: "Asked by", "Answered by", office lines. */
import type { Speaker } from '../record';
import { makeSpeaker } from './build';
import { splitAffiliation } from './parties';
import { stripHonorifics } from './names';

const DEPARTMENT_WORDS =
  /\b(?:Office|Department|Ministry|Treasury|Cabinet|Executive|Commission|Service|Agency|Authority|Board|Estates|Leader of the House|Attorney General|Solicitor General|Advocate General|Lord Chancellor|Government Equalities|Prime Minister|Women and Equalities|Church Commissioners|House of Commons Commission|Senedd|Scotland Office|Wales Office)\b/;

/** True when a line names a government body rather than a person ("Home Office", "HM Treasury"). */
export function looksLikeDepartment(s: string, knownDepartment?: string | null): boolean {
  const t = s.trim();
  if (knownDepartment && t.toLowerCase() === knownDepartment.toLowerCase()) return true;
  return DEPARTMENT_WORDS.test(t) && !/^(?:Lord|Baroness|Mr|Mrs|Ms|Dr|Sir|Dame)\b/.test(t) && !/\(/.test(t);
}

const PEERAGE_KIND = /^(?:Life peer|Hereditary peer|Excepted Hereditary|Bishop|Lord Spiritual)$/i;

/** A line describing a speaker after the name: party (and constituency) when it starts with a party, else an office. */
export function describeSpeaker(name: string | null, line: string | null): Speaker {
  const speaker = makeSpeaker({ name: name ? stripHonorifics(name) : null });
  if (!line) return speaker;
  const aff = splitAffiliation(line);
  if (aff) return { ...speaker, party: aff.party, constituency: aff.constituency };
  // a peer's kind of peerage stands where an MP's seat would ("Labour - Life peer" on Parallel Parliament)
  if (PEERAGE_KIND.test(line.trim())) return { ...speaker, constituency: line.trim() };
  return { ...speaker, role: line.trim() };
}

/**
 * "Jess Phillips (Labour - Birmingham Yardley)" / "Lord Alton of Liverpool (Crossbench - Life peer)"
 * → speaker; a bracket that is not a party stays in the name's place untouched.
 */
export function parseNameWithAffiliation(text: string): Speaker {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  if (m) {
    const aff = splitAffiliation(m[2]);
    if (aff) return makeSpeaker({ name: stripHonorifics(m[1]), party: aff.party, constituency: aff.constituency });
  }
  return makeSpeaker({ name: stripHonorifics(text) });
}

/** A short line that reads as a speaker's description (office or party), not as answer text. */
export function isDescriptionLine(line: string): boolean {
  const t = line.trim();
  return !!t && t.length <= 160 && !/[.?!:;"”]$/.test(t) && t.split(/\s+/).length <= 20;
}
