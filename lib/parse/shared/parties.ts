/**
 * Party names: every abbreviation or variant a source prints → one full name, so that one party
 * is one facet value. Reusable by the XML parser and the member register.
 */

const PARTY_BY_KEY: Record<string, string> = {};

/** Full name → the spellings sources print for it (compared case-insensitively, dots and spaces ignored). */
const VARIANTS: Array<[string, string[]]> = [
  ['Labour', ['Lab', 'Labour', 'Labour Party']],
  ['Labour/Co-operative', ['Lab/Co-op', 'Lab Co-op', 'Labour/Co-operative', 'Labour Co-operative', 'Labour (Co-op)', 'Lab (Co-op)', 'Labour and Co-operative', 'Co-op']],
  ['Conservative', ['Con', 'Conservative', 'Conservative Party', 'Conservatives', 'Tory']],
  ['Liberal Democrat', ['LD', 'LDem', 'Lib Dem', 'Lib Dems', 'Liberal Democrat', 'Liberal Democrats']],
  ['Scottish National Party', ['SNP', 'Scottish National Party', 'Scottish National']],
  ['Plaid Cymru', ['PC', 'Plaid Cymru', 'Plaid']],
  ['Democratic Unionist Party', ['DUP', 'Democratic Unionist Party', 'Democratic Unionist']],
  ['Social Democratic and Labour Party', ['SDLP', 'Social Democratic and Labour Party', 'Social Democratic & Labour Party']],
  ['Sinn Féin', ['SF', 'Sinn Fein', 'Sinn Féin']],
  ['Ulster Unionist Party', ['UUP', 'Ulster Unionist Party', 'Ulster Unionist']],
  ['Traditional Unionist Voice', ['TUV', 'Traditional Unionist Voice']],
  ['Alliance', ['Alliance', 'APNI', 'Alliance Party']],
  ['Green Party', ['Green', 'Greens', 'Green Party', 'GP', 'Green Party of England and Wales']],
  ['Reform UK', ['Reform', 'Reform UK', 'RUK']],
  ['UK Independence Party', ['UKIP', 'UK Independence Party']],
  ['Independent', ['Ind', 'Independent', 'Indep']],
  ['Independent Conservative', ['Ind Con', 'Independent Conservative']],
  ['Independent Labour', ['Ind Lab', 'Independent Labour']],
  ['Crossbench', ['CB', 'XB', 'Crossbench', 'Cross bench', 'Crossbencher', 'Cross-bench']],
  ['Bishops', ['Bp', 'Bishop', 'Bishops', 'Lords Spiritual']],
  ['Non-affiliated', ['Non-Afl', 'Non-affiliated', 'Nonaffiliated', 'Non-aligned']],
  ['Respect', ['Res', 'Respect']],
  ['Speaker', ['Spk', 'SPK', 'Speaker']],
  ['Alba Party', ['Alba', 'Alba Party']],
  ['Workers Party of Britain', ['Workers Party', 'Workers Party of Britain']],
  ['Your Party', ['Your Party']],
];

const keyOf = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.\s]+/g, ' ').trim();

for (const [full, spellings] of VARIANTS) for (const s of spellings) PARTY_BY_KEY[keyOf(s)] = full;

/** Abbreviations too ambiguous to trust outside brackets: "Speaker" alone is an office on TWFY. */
const BRACKET_ONLY = new Set(['gp', 'co-op', 'spk', 'speaker']);

/**
 * The full name of the party `printed` names, or null when it is not a party we know.
 * `inBrackets` allows abbreviations that only Hansard's "(Name) (Party)" form uses.
 */
export function normalizeParty(printed: string | null | undefined, inBrackets = false): string | null {
  if (!printed) return null;
  const key = keyOf(printed);
  const full = PARTY_BY_KEY[key];
  if (!full) return null;
  if (!inBrackets && BRACKET_ONLY.has(key)) return null;
  return full;
}

/** True when `printed` is a party name or abbreviation we know. */
export function isParty(printed: string, inBrackets = false): boolean {
  return normalizeParty(printed, inBrackets) !== null;
}

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
