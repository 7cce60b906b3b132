/**
 * Printed speaker names → comparison keys. Pure.
 *
 * Sources write one person many ways: "Mr. Vernon Coaker MP", "Mr Coaker", "The Rt Hon Vernon
 * Coaker", "The Parliamentary Under-Secretary of State for the Home Department (Vernon Coaker)",
 * "The Lord Bishop of Winchester". A key drops what varies (case, accents, dots, "the", courtesy
 * honorifics, post-nominals) and keeps what identifies (peerage titles: "Lord Taylor of Goss Moor"
 * and "Matthew Taylor" are different keys, as they are different name forms). The words are the
 * shared vocabulary's (lib/vocabulary.ts), so printed names and register names drop the same ones.
 */
import { COURTESY_HONORIFICS, genderOfTitle, KEY_ONLY_HONORIFICS, POST_NOMINALS } from '../vocabulary';

const COURTESY = [...COURTESY_HONORIFICS, ...KEY_ONLY_HONORIFICS].map((w) => normalizeText(w));
const LEADING_COURTESY = new RegExp(`^(?:(?:${COURTESY.join('|')})\\s+)+`);
const POST_NOMINAL_KEYS = new RegExp(`(?:\\s+(?:${POST_NOMINALS.map((w) => w.toLowerCase()).join('|')}))+$`);

/** Lower case, no accents, "&" as "and", punctuation as spaces, single spaces. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/'/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface NameKey {
  /** The name without courtesy honorifics and post-nominals; peerage titles kept. */
  key: string;
  /** The courtesy honorific that was printed, if any ("mr", "dame"). */
  honorific: string | null;
  /** "f" / "m" when the printed title says so, else null: only used to tell candidates apart. */
  gender: 'f' | 'm' | null;
}

/** Key of a printed or registered name form. */
export function toNameKey(name: string): NameKey {
  let t = normalizeText(name).replace(/^the\s+/, '');
  t = t.replace(POST_NOMINAL_KEYS, '');
  const courtesy = LEADING_COURTESY.exec(t);
  let honorific: string | null = null;
  if (courtesy) {
    const words = courtesy[0].trim().split(' ');
    honorific = words.filter((w) => w !== 'rt' && w !== 'right' && w !== 'hon' && w !== 'honourable').pop() ?? null;
    const rest = t.slice(courtesy[0].length).trim();
    // "Mr Speaker", "Madam Deputy Speaker": the honorific is all that is left to go on, keep it.
    if (rest) t = rest;
  }
  // "The Lord Bishop of Winchester" is the register's "Bishop of Winchester".
  t = t.replace(/^lord (arch)?bishop /, '$1bishop ');
  const first = t.split(' ')[0];
  const title = honorific ?? first;
  const gender = genderOfTitle(title);
  return { key: t, honorific, gender };
}

/**
 * "The Parliamentary Under-Secretary of State for the Home Department (Vernon Coaker)" → name
 * "Vernon Coaker", office "The Parliamentary Under-Secretary of State for the Home Department".
 * Null when the text is not of that shape.
 */
export function splitOfficeAndName(printed: string): { office: string; name: string } | null {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(printed.trim());
  if (!m) return null;
  const office = m[1].trim();
  const name = m[2].trim();
  // "Lord Smith (Con)" prints a party, not a name.
  if (name.split(/\s+/).length < 2 && !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b/i.test(name)) return null;
  return { office, name };
}

/** Office titles compared loosely: "The Minister of State, Home Department" ≈ "Minister of State (Home Department)". */
export function toOfficeKey(title: string): string {
  return normalizeText(title)
    .replace(/^the\s+/, '')
    .replace(/\b(hm|her majestys|his majestys|of|for|the|and|department)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
