/**
 * Party names in printed speaker lines: "Labour, Milton Keynes South West", "(Lab)", "Liberal
 * Democrat Lords Spokesperson". Which spellings name which party is the shared vocabulary's
 * (lib/vocabulary.ts), so the register reads them the same way.
 */
import { normalizeParty } from '../../vocabulary';

export interface Affiliation {
  party: string | null;
  constituency: string | null;
}

/**
 * "Liberal Democrat Lords Spokesperson (Education)" → the party and the office that follows it
 * with no separator (TheyWorkForYou prints a frontbencher's party before the post); null when the
 * text does not start with a whole party name followed by more words.
 */
export function splitLeadingParty(text: string): { party: string; rest: string } | null {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const party = normalizeParty(words.slice(0, k).join(' '));
    if (party && /^[\p{Lu}(]/u.test(words[k])) return { party, rest: words.slice(k).join(' ') };
  }
  return null;
}

/**
 * "Labour, Milton Keynes South West" / "Labour - Gower" / "Crossbench" → party and constituency;
 * null when the text does not start with a party (it is then usually an office).
 */
export function splitAffiliation(text: string): Affiliation | null {
  const t = text.trim();
  const whole = normalizeParty(t);
  if (whole) return { party: whole, constituency: null };
  const m = /^(.+?)\s*(?:,|\s[-–—]\s)\s*(.+)$/.exec(t);
  if (!m) return null;
  const party = normalizeParty(m[1]);
  if (!party) return null;
  return { party, constituency: m[2].trim() || null };
}
