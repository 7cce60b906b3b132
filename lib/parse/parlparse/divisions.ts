/**
 * Divisions of a ParlParse day file, as printed: number, time, motion, the `<divisioncount>`
 * attributes, and every name in every list with its vote, teller mark and proxy. All the shapes
 * mysoc-validator's transcript model describes: Commons `<mplist>` of `<mpname id|person_id>`,
 * Lords `<lordlist vote="content|not-content">` of `<lord>`, committee `<divisioncount>` holding
 * `<mplist>` of `<mpname memberid>`, and the devolved lists: the Scottish Parliament's `<msplist
 * vote="for|against|abstentions|spoiled votes">` of `<mspname id>` (a member id in the legacy `sp/`
 * files, a person id in `sp-new/`), the Senedd's `<mslist vote="for|against|abstain|didnotvote">` of
 * `<msname person_id>`. Nothing is corrected: a member on both lists keeps both names; a list that does not add up to its
 * printed count is kept, with a warning. Pure: the register is consulted after parsing (lib/ingest).
 */
import { type DivisionDetails, type DivisionVoter, KNOWN_VOTES } from '../record';
import type { Attrs, VoteList, VoterEntry } from './sax-reader';
import type { Block } from './sections';
import { toClock } from './titles';

type DivisionBlock = Extract<Block, { kind: 'division' }>;

/**
 * Every printed spelling of a vote → aye | no | abstain | absent | spoiled (CONTRACTS §5: Lords
 * contents are `aye`; the devolved bodies' for/against are aye/no). The spellings are those
 * mysoc-validator's transcript model allows, plus the legacy SP files' "spoiled votes".
 */
const VOTE_SPELLINGS: Record<string, DivisionVoter['vote']> = {
  aye: 'aye',
  ayes: 'aye',
  content: 'aye',
  contents: 'aye',
  for: 'aye',
  no: 'no',
  noes: 'no',
  'not-content': 'no',
  'not-contents': 'no',
  against: 'no',
  abstain: 'abstain',
  abstentions: 'abstain',
  neutral: 'abstain',
  // The Senedd lists the members who did not vote (TheyWorkForYou stores them as absent).
  didnotvote: 'absent',
  absent: 'absent',
  'spoiled votes': 'spoiled',
  spoiledvotes: 'spoiled',
};

/** The `<divisioncount>` attributes that say which side: everything else there is a count too. */
const SIDE_COUNTS: Record<'aye' | 'no' | 'abstain', string[]> = {
  aye: ['ayes', 'content', 'for'],
  no: ['noes', 'not-content', 'against'],
  abstain: ['abstentions', 'abstain'],
};
/** Westminster's words for a side in a warning; a devolved count is named by its own attribute ("against 115"). */
const WESTMINSTER_SIDE_WORDS: Record<string, string> = { ayes: 'the ayes', content: 'the ayes', noes: 'the noes', 'not-content': 'the noes' };
/**
 * Lists that may rightly be empty: the Scottish Parliament prints its abstentions and spoiled
 * votes lists every time and the Senedd its did-not-vote list, names or not.
 */
const MAY_BE_EMPTY = new Set(['abstain', 'absent', 'spoiled']);

export interface ParsedDivision {
  details: DivisionDetails;
  warnings: string[];
}

/**
 * `number` is the division's number as the record names it (records.ts: the Scottish Parliament's
 * files count from 0); by default the `divnumber` attribute as printed.
 */
export function toDivisionDetails(
  block: DivisionBlock,
  sectionSourceId: string | null,
  number: string | null = block.attrs.divnumber?.trim() || null,
): ParsedDivision {
  const warnings: string[] = [];
  const label = number ? `Division No. ${number}` : 'The division';
  const unknownVotes = new Set<string>();
  const voters: DivisionVoter[] = [];
  for (const list of block.lists) {
    for (const entry of list.names) {
      const voter = toVoter(entry, list);
      if (!isKnownVote(voter.vote)) unknownVotes.add(voter.vote);
      voters.push(voter);
    }
  }
  // Reported once per value, however many names carry it.
  for (const value of unknownVotes) warnings.push(`${label}: the vote "${value}" is not one we know; kept as printed`);
  if (block.lists.length === 0) warnings.push(`${label}: the file lists no names`);
  for (const list of block.lists) {
    if (list.names.length === 0 && !MAY_BE_EMPTY.has(normaliseVote(list.vote))) warnings.push(`${label}: the ${list.vote ?? 'unnamed'} list is empty`);
  }

  const printed = printedCounts(block.counts);
  // The Lords count their tellers among the contents; the Commons print tellers apart; the devolved bodies have none.
  const tellersCounted = 'content' in printed || 'not-content' in printed;
  for (const side of ['aye', 'no', 'abstain'] as const) {
    const key = SIDE_COUNTS[side].find((k) => printed[k] !== undefined);
    if (key === undefined || !block.lists.length) continue;
    const count = printed[key];
    const listed = voters.filter((v) => v.vote === side && (tellersCounted || !v.teller)).length;
    if (listed === count) continue;
    const westminster = WESTMINSTER_SIDE_WORDS[key];
    if (westminster) {
      const names = tellersCounted ? 'names listed' : 'names listed besides the tellers';
      warnings.push(`${label}: ${count} printed for ${westminster}, ${listed} ${names}; both kept`);
    } else {
      warnings.push(`${label}: ${key} ${count} printed, ${listed} names listed; both kept`);
    }
  }
  return {
    details: {
      number,
      time: toClock(block.attrs.time),
      motion: block.motion,
      printed,
      place: { section: sectionSourceId, after: block.afterSourceId },
      voters,
    },
    warnings,
  };
}

export function isKnownVote(vote: string): boolean {
  return (KNOWN_VOTES as readonly string[]).includes(vote);
}

/** The name's own `vote`, else its list's; a known spelling normalised, anything else as printed. */
export function normaliseVote(printed: string | null | undefined): string {
  const raw = printed?.trim() ?? '';
  if (!raw) return 'unstated';
  return VOTE_SPELLINGS[raw.toLowerCase()] ?? raw;
}

function toVoter(entry: VoterEntry, list: VoteList): DivisionVoter {
  const a = entry.attrs;
  const personRef = ref(a.person_id);
  // Older files and committees name the membership: `id=".../member/N"`, `memberid=…`. Scottish
  // files put a person id in `id`.
  const idAttr = ref(a.id ?? a.memberid);
  const idIsPerson = idAttr?.includes('/person/') ?? false;
  return {
    name: entry.text,
    vote: normaliseVote(a.vote ?? list.vote),
    teller: /^(yes|true|1)$/i.test(a.teller?.trim() ?? ''),
    proxy: ref(a.proxy),
    personRef: personRef ?? (idIsPerson ? idAttr : null),
    memberRef: idIsPerson ? null : idAttr,
  };
}

/** A reference as printed; sp-new's "unknown" (the producer found nobody) is no reference. */
function ref(value: string | undefined): string | null {
  const v = value?.trim();
  return v && v.toLowerCase() !== 'unknown' ? v : null;
}

function printedCounts(attrs: Attrs | null): Record<string, number> {
  const out: Record<string, number> = {};
  if (!attrs) return out;
  for (const [key, value] of Object.entries(attrs)) {
    if (/^\s*\d{1,6}\s*$/.test(value)) out[key] = Number(value);
  }
  // The count's own id and number are not counts.
  delete out.divnumber;
  return out;
}
