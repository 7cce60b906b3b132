/**
 * Written statements copied from questions-statements.parliament.uk, the written questions'
 * sibling: title, "Statement made on DATE", "Statement UIN HCWS412", a "Statement made by" card
 * (the minister and their office), the department, then the statement.
 */
import type { House, ParsedRecord, Speaker } from '../record';
import { makeContribution, makeRecord, makeSpeaker } from '../shared/build';
import { guessHouse } from '../shared/cues';
import { looksLikeDepartment, parseNameWithAffiliation } from '../shared/people';
import { joinParagraphs, splitParagraphs } from '../shared/text';
import { nextLine, readCard, readDateAfterLabel } from '../shared/written';

const MADE_ON = /^Statement made(?: on)?:?(?:\s+(.*\d.*))?$/i;
const UIN = /^Statement UIN:?\s*((?:HC|HL)WS\s?\d+)$/i;
const MADE_BY = /^Statement made by:?(?:\s+(.*))?$/i;
/** The site's section heading above the title. */
const SECTION = /^Written (?:ministerial )?statements?$/i;
const LABELS = [MADE_ON, UIN, MADE_BY, SECTION];
const isLabel = (line: string) => LABELS.some((re) => re.test(line.trim()));

export function parseWrittenStatement(text: string): ParsedRecord {
  const lines = text.split('\n');
  const warnings: string[] = [];
  let title: string | null = null;
  let date: string | null = null;
  let uin: string | null = null;
  let department: string | null = null;
  let speaker: Speaker = makeSpeaker();
  const body: string[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    let m: RegExpExecArray | null;
    if (!line) {
      body.push('');
    } else if (SECTION.test(line)) {
      // the site's section heading, not the title
    } else if ((m = UIN.exec(line))) {
      uin = m[1].replace(/\s+/g, '').toUpperCase();
    } else if ((m = MADE_BY.exec(line))) {
      // inline "Statement made by NAME (OFFICE)" or a card of name and office lines
      if (m[1]) speaker = inlineMaker(m[1]);
      else [speaker, i] = ((card) => [card.speaker, card.last] as const)(readCard('', lines, i, isLabel));
      const j = nextLine(lines, i + 1);
      if (j >= 0 && looksLikeDepartment(lines[j])) [department, i] = [lines[j].trim(), j];
    } else if ((m = MADE_ON.exec(line))) {
      const d = readDateAfterLabel(m[1] ?? '', lines, i);
      if (d) [date, i] = [d.iso, d.last];
    } else if (!title) {
      title = line;
    } else {
      body.push(line);
    }
  }

  const statement = joinParagraphs(splitParagraphs(body.join('\n')));
  const house: House | null = uin ? (uin.startsWith('HL') ? 'Lords' : 'Commons') : guessHouse(statement).house;
  if (!title) warnings.push('this page has no title');
  if (!date) warnings.push('this page does not say when the statement was made');
  if (!speaker.name) warnings.push('this page does not name the minister who made the statement');
  if (!department) warnings.push('this page does not say which department made the statement');
  if (!house) warnings.push('the page does not say whether this was in the Commons or the Lords');
  return makeRecord({
    title: title ?? 'Written statement',
    kind: 'written-statement',
    house,
    date,
    department,
    reference: { uin, volume: null, column: null },
    contributions: statement ? [makeContribution({ speaker, type: 'statement', date, text: statement })] : [],
    warnings,
  });
}

/** "Dame Diana Johnson (Minister of State (Home Office))": a bracket that is not a party is the office. */
function inlineMaker(text: string): Speaker {
  const m = /^([^()]+?)\s*\((.+)\)$/.exec(text.trim());
  const named = parseNameWithAffiliation(text);
  if (!m || named.party) return named;
  return { ...parseNameWithAffiliation(m[1]), role: m[2].trim() };
}
