/**
 * Divisions of a ParlParse day file, as printed: number, time, motion, the `<divisioncount>`
 * attributes, and every name in every list with its vote, teller mark and proxy. All the shapes
 * mysoc-validator's transcript model describes: Commons `<mplist>` of `<mpname id|person_id>`,
 * Lords `<lordlist vote="content|not-content">` of `<lord>`, committee `<divisioncount>` holding
 * `<mplist>` of `<mpname memberid>`, and the devolved lists (`<msplist vote="for|against|abstain">`).
 * Nothing is corrected: a member on both lists keeps both names; a list that does not add up to its
 * printed count is kept, with a warning. Pure: the register is consulted after parsing (lib/ingest).
 */
import type { DivisionDetails, DivisionVoter } from '../record';
import type { Attrs, VoteList, VoterEntry } from './sax-reader';
import type { Block } from './sections';
import { toClock } from './titles';

type DivisionBlock = Extract<Block, { kind: 'division' }>;

/** Every printed spelling of a vote → aye | no | abstain (CONTRACTS §5: Lords contents are `aye`). */
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
};

/** The `<divisioncount>` attributes that say which side: everything else there is a count too. */
const SIDE_COUNTS: Record<'aye' | 'no', string[]> = { aye: ['ayes', 'content', 'for'], no: ['noes', 'not-content', 'against'] };

export interface ParsedDivision {
  details: DivisionDetails;
  warnings: string[];
}

export function toDivisionDetails(block: DivisionBlock, sectionSourceId: string | null): ParsedDivision {
  const warnings: string[] = [];
  const label = block.attrs.divnumber?.trim() ? `Division No. ${block.attrs.divnumber.trim()}` : 'The division';
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
  for (const list of block.lists) if (list.names.length === 0) warnings.push(`${label}: the ${list.vote ?? 'unnamed'} list is empty`);

  const printed = printedCounts(block.counts);
  // The Lords count their tellers among the contents; the Commons print tellers apart.
  const tellersCounted = 'content' in printed || 'not-content' in printed;
  for (const side of ['aye', 'no'] as const) {
    const count = SIDE_COUNTS[side].map((k) => printed[k]).find((n) => n !== undefined);
    const listed = voters.filter((v) => v.vote === side && (tellersCounted || !v.teller)).length;
    if (count !== undefined && block.lists.length && listed !== count) {
      const names = tellersCounted ? 'names listed' : 'names listed besides the tellers';
      warnings.push(`${label}: ${count} printed for the ${side === 'aye' ? 'ayes' : 'noes'}, ${listed} ${names}; both kept`);
    }
  }
  return {
    details: {
      number: block.attrs.divnumber?.trim() || null,
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
  return vote === 'aye' || vote === 'no' || vote === 'abstain';
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

function ref(value: string | undefined): string | null {
  return value?.trim() || null;
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
