/**
 * The words of the parliamentary record that both the parsers (lib/parse) and the member register
 * (lib/members) must read the same way: courtesy honorifics, post-nominals, peerage titles, and
 * party names with every abbreviation or variant a source prints. One list of each, so that a
 * printed speaker and the register's person meet on the same spelling. Pure data and lookups.
 */

/**
 * Courtesy honorifics as pages print them. Parsers drop them from printed names and the register
 * drops them from comparison keys; they are never part of the name.
 */
export const COURTESY_HONORIFICS = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Sir',
  'Dame',
  'Rt Hon',
  'Right Hon',
  'Right Honourable',
  'The Rt Hon',
  'Prof',
  'Professor',
];

/**
 * Dropped from the register's comparison keys only: printed names keep them, since for these
 * the title is how the record names someone ("Madam Deputy Speaker", "The Rev. …", "Hon. Members").
 */
export const KEY_ONLY_HONORIFICS = ['Hon', 'Madam', 'Rev', 'Revd', 'Reverend'];

/** Letters after a name ("MP", "KC", "OBE"): never part of it. */
export const POST_NOMINALS = ['MP', 'MSP', 'MS', 'MLA', 'MEP', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'DBE', 'KBE', 'PC', 'FRS'];

/** Peerage titles (and the Lords Spiritual's): with these the title is part of the name ("Baroness Williams of Trafford"). */
export const PEERAGE_TITLES = ['Lord', 'Baroness', 'Lady', 'Viscount', 'Viscountess', 'Earl', 'Countess', 'Marquess', 'Marchioness', 'Duke', 'Duchess'];

/** What a title says of its bearer, used only to tell two candidates apart ("Mrs Smith" is not Mr Smith). */
const FEMININE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'baroness', 'lady', 'countess', 'viscountess', 'marchioness', 'duchess']);
const MASCULINE_TITLES = new Set(['mr', 'sir', 'lord', 'earl', 'viscount', 'marquess', 'duke']);

/** "f" / "m" for a title or honorific (any case), null when it says neither. */
export function genderOfTitle(title: string): 'f' | 'm' | null {
  const t = title.toLowerCase();
  return FEMININE_TITLES.has(t) ? 'f' : MASCULINE_TITLES.has(t) ? 'm' : null;
}

/** Full party name → the spellings sources print for it (compared case-insensitively, dots and spaces ignored). */
const PARTY_VARIANTS: Array<[string, string[]]> = [
  ['Labour', ['Lab', 'Labour', 'Labour Party']],
  [
    'Labour/Co-operative',
    ['Lab/Co-op', 'Lab Co-op', 'Labour/Co-operative', 'Labour Co-operative', 'Labour (Co-op)', 'Lab (Co-op)', 'Labour and Co-operative', 'Co-op'],
  ],
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

/**
 * Labels only registers use, never printed beside a speaker: the 2017 Commons rows come from
 * Wikidata ("independent politician"), and a page printing "Speaker of the House of Commons"
 * names an office, not a party.
 */
const REGISTER_PARTY_LABELS: Record<string, string> = {
  'independent politician': 'Independent',
  'Speaker of the House of Commons': 'Speaker',
};

/** Abbreviations too ambiguous to trust outside brackets: "Speaker" alone is an office on TWFY. */
const BRACKET_ONLY = new Set(['gp', 'co-op', 'spk', 'speaker']);

const partyKey = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\s]+/g, ' ')
    .trim();
const PARTY_BY_KEY = new Map(PARTY_VARIANTS.flatMap(([full, spellings]) => spellings.map((s) => [partyKey(s), full] as const)));

/**
 * The full name of the party `printed` names, or null when it is not a party we know.
 * `inBrackets` allows abbreviations that only Hansard's "(Name) (Party)" form uses.
 */
export function normalizeParty(printed: string | null | undefined, inBrackets = false): string | null {
  if (!printed) return null;
  const key = partyKey(printed);
  const full = PARTY_BY_KEY.get(key);
  if (!full) return null;
  if (!inBrackets && BRACKET_ONLY.has(key)) return null;
  return full;
}

/**
 * A register's party label (`party_name`) → the same full name a printed abbreviation gets, so a
 * party is one facet value whichever side named it; a label we do not know is kept as given
 * ("Law Lord", "Chairman of Ways and Means"). Null when the register has none.
 */
export function toPartyName(label: string | null | undefined): string | null {
  const name = label?.trim();
  if (!name) return null;
  return REGISTER_PARTY_LABELS[name] ?? normalizeParty(name, true) ?? name;
}
