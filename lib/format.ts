/** Display wording shared by pages and mail: dates, kinds, types, written questions' status, votes. Pure. */
import { OVERDUE } from './search/fields';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string | null, style: 'long' | 'short' = 'long'): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[m - 1];
  return `${d} ${style === 'short' ? month.slice(0, 3) : month} ${y}`;
}

export const KIND_LABELS: Record<string, string> = {
  debate: 'Debate',
  'oral-answers': 'Oral answers',
  'written-question': 'Written question',
  'written-statement': 'Written statement',
  'committee-report': 'Committee report',
  other: 'Other document',
};

export const VENUE_LABELS: Record<string, string> = {
  'commons-chamber': 'Commons chamber',
  'westminster-hall': 'Westminster Hall',
  'public-bill-committee': 'Public Bill Committee',
  'lords-chamber': 'Lords chamber',
  'lords-grand-committee': 'Lords Grand Committee',
  'written-answers': 'Written answers',
  'written-statements': 'Written statements',
  'committee-publication': 'Committee publication',
  'scottish-parliament-chamber': 'Scottish Parliament chamber',
  'scottish-parliament-committee': 'Scottish Parliament committee',
  'senedd-plenary': 'Senedd plenary',
  'senedd-committee': 'Senedd committee',
  'ni-assembly-chamber': 'NI Assembly chamber',
  'ni-assembly-committee': 'NI Assembly committee',
};

export const TYPE_LABELS: Record<string, string> = {
  question: 'Question',
  answer: 'Answer',
  speech: 'Speech',
  statement: 'Statement',
  division: 'Division',
};

/** A written question's status (lib/parse/record.ts QUESTION_STATUSES), and `overdue`, in words. */
export const QUESTION_STATUS_LABELS: Record<string, string> = {
  unanswered: 'Not yet answered',
  holding: 'Holding answer',
  answered: 'Answered',
  corrected: 'Answered, then corrected',
  withdrawn: 'Withdrawn',
  [OVERDUE]: 'Overdue',
};

export function questionStatusLabel(status: string): string {
  return QUESTION_STATUS_LABELS[status] ?? status;
}

/**
 * Overdue on `today` (YYYY-MM-DD): no answer, not even a holding one, and the day the answer was
 * due has passed. The search filter of the same name (lib/search/filter.ts) asks the same.
 */
export function isOverdue(question: { status: string; due?: string | null }, today: string): boolean {
  return question.status === 'unanswered' && !!question.due && question.due < today;
}

/**
 * A record's house as pages and citations name it in full (a record's `house`, lib/parse/record.ts
 * RECORD_HOUSES): Westminster's two Houses, the three devolved legislatures under their own names.
 */
export const HOUSE_NAMES: Record<string, string> = {
  Commons: 'House of Commons',
  Lords: 'House of Lords',
  Bicameral: 'Both Houses of Parliament',
  'Scottish Parliament': 'Scottish Parliament',
  Senedd: 'Senedd Cymru',
  'Northern Ireland Assembly': 'Northern Ireland Assembly',
};

export function houseName(house: string): string {
  return HOUSE_NAMES[house] ?? house;
}

export function houseAbbreviation(house: string | null): 'HC' | 'HL' | null {
  return house === 'Commons' ? 'HC' : house === 'Lords' ? 'HL' : null;
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A facet or timeline count as shown: "≈12,300" when estimated from a sample (decision 025), the
 * number as it is when exact. A value never counted (0) is 0 either way.
 */
export function formatFacetCount(n: number, estimated: boolean): string {
  return estimated && n > 0 ? `≈${n.toLocaleString('en-GB')}` : String(n);
}

/** The stored votes (lib/parse/record.ts KNOWN_VOTES) in Westminster's words. */
const WESTMINSTER_VOTE_WORDS: Record<string, string> = { aye: 'Aye', no: 'No', abstain: 'Abstained', absent: 'Did not vote', spoiled: 'Spoiled vote' };
/**
 * The devolved legislatures' own words: their Official Reports and Records head the lists "For",
 * "Against" and "Abstentions" (Abstain in the Senedd), and the Senedd lists who did not vote.
 */
const DEVOLVED_VOTE_WORDS: Record<string, string> = { aye: 'For', no: 'Against', abstain: 'Abstained', absent: 'Did not vote', spoiled: 'Spoiled vote' };
const DEVOLVED_LIST_WORDS: Record<string, string> = { aye: 'For', no: 'Against', abstain: 'Abstentions', absent: 'Did not vote', spoiled: 'Spoiled votes' };

/** A house that is one of the devolved legislatures (their divisions say For / Against, with no tellers). */
export function isDevolvedHouse(house: string | null | undefined): boolean {
  return house === 'Scottish Parliament' || house === 'Senedd' || house === 'Northern Ireland Assembly';
}

/** Words for one member's stored vote in the division's house, or the value as printed when it is none we know. */
export function voteLabel(vote: string, house?: string | null): string {
  return (isDevolvedHouse(house) ? DEVOLVED_VOTE_WORDS : WESTMINSTER_VOTE_WORDS)[vote] ?? `"${vote}" (as printed)`;
}

/** Words heading one list of a division ("Aye"; "For", "Abstentions" in the devolved bodies). */
export function voteListLabel(vote: string, house?: string | null): string {
  return isDevolvedHouse(house) ? (DEVOLVED_LIST_WORDS[vote] ?? voteLabel(vote, house)) : voteLabel(vote, house);
}

/** "Adam Afriyie voted Aye (teller)": one member's vote in a division, in words (in the division's house's words when given). */
export function describeVote(v: { name: string; vote: string; teller: boolean; proxy: string | null }, house?: string | null): string {
  return `${v.name} voted ${voteLabel(v.vote, house)}${v.teller ? ' (teller)' : ''}${v.proxy ? ' (by proxy)' : ''}`;
}

/**
 * A division's printed counts in its house's words: Westminster's ayes and noes (null when not
 * printed), the devolved bodies' for / against / abstentions (and spoiled votes when any) as the
 * `<divisioncount>` gives them.
 */
export function printedCountsText(house: string | null, counts: { aye: number | null; no: number | null }, printed: Record<string, number>): string {
  const shown = (n: number | null | undefined) => (n === null || n === undefined ? 'not printed' : String(n));
  if (!isDevolvedHouse(house)) return `Ayes ${shown(counts.aye)}, Noes ${shown(counts.no)}`;
  const abstentions = printed.abstentions ?? printed.abstain;
  const parts = [`For ${shown(counts.aye)}`, `Against ${shown(counts.no)}`];
  if (abstentions !== undefined) parts.push(`Abstentions ${abstentions}`);
  if (printed.spoiledvotes) parts.push(`Spoiled votes ${printed.spoiledvotes}`);
  return parts.join(', ');
}
