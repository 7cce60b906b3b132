/**
 * Stage 3: maps a section (or a division) to the shared record shape (lib/parse/record.ts):
 * speakers as printed, roles and answer links, title, kind, department, references.
 */
import type { Contribution, ParsedRecord, RecordKind, Venue } from '../record';
import { defaultVenue, isGrandCommitteeColumn } from '../venue';
import { toDivisionDetails } from './divisions';
import { assignRoles, type RoleRule } from './roles';
import type { Block, Section } from './sections';
import { readSpeechSpeaker } from './speakers';
import { isLordsQuestionHeading, stripChairNote, toClock, toDisplayCase } from './titles';
import { seneddLanguagesOf } from './senedd';
import { toTwfyUrl, type DayFileKind } from './urls';

export interface DayContext {
  date: string | null;
  kind: DayFileKind;
  billTitle: string | null;
  /** The file marks question time with TWFY `type` attributes (newer files). */
  typedSpeeches: boolean;
}

export function toSectionRecord(section: Section, ctx: DayContext): ParsedRecord | null {
  if (section.speeches.length === 0) return null;
  const warnings = new Set<string>();
  const resolved = section.speeches.map((s) => readSpeechSpeaker(s.attrs));

  const rule = roleRule(section, ctx);
  const roles = assignRoles(
    section.speeches.map((s, i) => ({
      element: s.kind,
      speakerKey: resolved[i].key,
      speakerRef: resolved[i].speaker.sourceRef ?? null,
      numberedQuestion: s.kind === 'speech' && (s.attrs['oral-qnum'] != null || s.paragraphs.some((p) => p.qnum)),
      twfyType: s.attrs.type ?? null,
    })),
    rule,
  );

  const contributions: Contribution[] = section.speeches.map((s, i) => {
    const answers = roles[i].answers;
    const contribution: Contribution = {
      speaker: resolved[i].speaker,
      type: roles[i].type,
      date: ctx.date,
      time: toClock(s.attrs.time),
      text: s.paragraphs.map((p) => p.text).join('\n\n'),
      answers: answers.length === 0 ? null : answers.length === 1 ? answers[0] : answers,
    };
    if (s.attrs.id) contribution.sourceId = s.attrs.id;
    const column = s.attrs.colnum?.trim();
    if (column) contribution.column = column;
    if (ctx.kind.collection === 'senedd') Object.assign(contribution, seneddLanguagesOf(s.attrs));
    return contribution;
  });

  const hasQA = contributions.some((c) => c.type === 'answer') && contributions.some((c) => c.type === 'question');
  const kind: RecordKind = ctx.kind.recordKind === 'debate' && hasQA && rule !== 'plain' ? 'oral-answers' : ctx.kind.recordKind;
  const department = departmentOf(section, kind, ctx);
  if (department === null && (kind === 'written-question' || kind === 'written-statement')) {
    warnings.add('The answering department is not given in the source');
  }
  if (!ctx.date) warnings.add('The sitting date could not be found in the file');

  const sourceId = sectionSourceIdOf(section) ?? undefined;
  const column = section.heading?.attrs.colnum?.trim() || section.speeches[0].attrs.colnum?.trim() || null;
  const record: ParsedRecord = {
    title: titleOf(section, kind, ctx),
    kind,
    house: ctx.kind.house,
    date: ctx.date,
    department,
    reference: {
      uin: uinOf(section, kind),
      volume: null,
      column,
    },
    contributions,
    warnings: [...warnings],
    ...venueOf(ctx, kind, column),
    sourceUrl: sourceId ? toTwfyUrl(sourceId, { billTitle: ctx.billTitle, date: ctx.date }) : null,
  };
  if (sourceId) record.sourceId = sourceId;
  if (kind === 'written-question') {
    record.question = questionStatus(section, contributions, ctx.date);
    if (answeredAfterHoldingAnswer(section)) record.flags = ['holding-answer'];
  }
  return record;
}

export function toDivisionRecord(block: Extract<Block, { kind: 'division' }>, ctx: DayContext): ParsedRecord {
  const number = divisionNumber(block.attrs.divnumber, ctx);
  const about = block.section ? titleOf(block.section, ctx.kind.recordKind, ctx) : null;
  const { details, warnings } = toDivisionDetails(block, block.section ? sectionSourceIdOf(block.section) : null, number);
  if (block.ayes === null || block.noes === null) warnings.unshift('The division does not give both vote counts');
  const id = block.attrs.id;
  // The Senedd's files name the vote ("NDM7221 Motion to …"), as its own record does.
  const named = block.attrs.title?.trim() || null;
  const record: ParsedRecord = {
    title: [about, named, number ? `Division No. ${number}` : 'Division'].filter(Boolean).join(' — '),
    kind: ctx.kind.recordKind === 'debate' ? 'debate' : 'other',
    house: ctx.kind.house,
    date: divisionDate(block.attrs.divdate, ctx.date),
    department: ctx.kind.collection === 'pbc' && block.section ? departmentOf(block.section, 'debate', ctx) : null,
    reference: { uin: null, volume: null, column: block.attrs.colnum?.trim() || null },
    contributions: [],
    warnings,
    ...venueOf(ctx, ctx.kind.recordKind, block.attrs.colnum?.trim() || null),
    sourceUrl: id ? toTwfyUrl(id, { billTitle: ctx.billTitle, date: ctx.date }) : null,
    division: block.ayes !== null && block.noes !== null ? { ayes: block.ayes, noes: block.noes } : null,
    divisionDetails: details,
  };
  if (id) record.sourceId = id;
  return record;
}

/**
 * A division's number as the record names it. The Scottish Parliament prints no numbers: parlparse
 * counts the day's divisions from 0 (`sp/` and `sp-new/` alike), and TheyWorkForYou shows that
 * count plus one ("Division number 1", scripts/xml2db.pl), so the same division has the same number
 * here. Every other body's `divnumber` is its own number (the Senedd's is its vote id), as printed.
 */
function divisionNumber(divnumber: string | undefined, ctx: DayContext): string | null {
  const printed = divnumber?.trim() || null;
  const countsFromZero = ctx.kind.collection === 'sp' || ctx.kind.collection === 'sp-committee';
  return countsFromZero && printed && /^\d{1,4}$/.test(printed) ? String(Number(printed) + 1) : printed;
}

/** A section's own id: its heading's, else its first speech's (what its record's `sourceId` is). */
function sectionSourceIdOf(section: Section): string | null {
  return section.heading?.id ?? section.speeches.find((s) => s.attrs.id)?.attrs.id ?? null;
}

const COLLECTION_VENUES: Record<NonNullable<DayContext['kind']['collection']>, Venue> = {
  debates: 'commons-chamber',
  whall: 'westminster-hall',
  pbc: 'public-bill-committee',
  lords: 'lords-chamber',
  wrans: 'written-answers',
  wms: 'written-statements',
  sp: 'scottish-parliament-chamber',
  'sp-committee': 'scottish-parliament-committee',
  spwa: 'written-answers',
  ni: 'ni-assembly-chamber',
  senedd: 'senedd-plenary',
};

/** The day file's type says where: Lords files hold the Grand Committee too, in its own "GC" columns. */
function venueOf(ctx: DayContext, kind: RecordKind, column: string | null): Pick<ParsedRecord, 'venue' | 'bill'> {
  const collection = ctx.kind.collection;
  let venue: Venue | null = collection ? COLLECTION_VENUES[collection] : defaultVenue(kind, ctx.kind.house);
  if (venue === 'lords-chamber' && isGrandCommitteeColumn(column)) venue = 'lords-grand-committee';
  return venue === 'public-bill-committee' ? { venue, bill: ctx.billTitle } : { venue };
}

function roleRule(section: Section, ctx: DayContext): RoleRule {
  if (ctx.kind.recordKind === 'written-question') return 'written-answers';
  if (ctx.kind.recordKind === 'written-statement') return 'written-statements';
  if (ctx.typedSpeeches) return 'twfy-type';
  if (ctx.kind.collection === 'lords') return isLordsQuestionHeading(section.major?.text ?? '') ? 'lords-question' : 'plain';
  if (ctx.kind.collection === 'debates') return 'commons-oral';
  return 'plain';
}

function titleOf(section: Section, kind: RecordKind, ctx: DayContext): string {
  const major = section.major ? toDisplayCase(section.major.text) : null;
  const minorRaw = section.minor?.text ?? null;
  const minor = minorRaw ? toDisplayCase(ctx.kind.collection === 'whall' ? stripChairNote(minorRaw) : minorRaw) : null;
  let title: string | null;
  if (ctx.kind.collection === 'pbc') title = [ctx.billTitle, minor ?? major].filter(Boolean).join(' — ');
  else if (kind === 'debate' && !section.oral && major && minor) title = `${major} — ${minor}`;
  else title = minor ?? major;
  return title || 'Untitled section';
}

function departmentOf(section: Section, kind: RecordKind, ctx: DayContext): string | null {
  if (ctx.kind.collection === 'pbc') return ctx.billTitle ? `Public Bill Committee: ${ctx.billTitle}` : 'Public Bill Committee';
  if (kind === 'debate' || !section.major) return null;
  if (kind === 'oral-answers' && section.major === section.heading) return null; // Lords: "Cyprus — Question" is the title
  return toDisplayCase(section.major.text) || null;
}

/** Question numbers (UINs) as printed: `<p qnum>` of the questions, else the number in a wrans heading id. */
function uinOf(section: Section, kind: RecordKind): string | null {
  if (kind !== 'written-question' && kind !== 'oral-answers') return null;
  const qnums = new Set<string>();
  for (const s of section.speeches) {
    if (s.kind === 'reply') continue;
    for (const p of s.paragraphs) if (p.qnum) qnums.add(p.qnum.trim());
  }
  // Scottish Parliament written questions carry their reference (S3W-28257) as `spid`.
  for (const s of section.speeches) if (s.kind === 'ques' && s.attrs.spid?.trim()) qnums.add(s.attrs.spid.trim());
  if (qnums.size === 0 && kind === 'written-question') {
    const fromId = /\.(\d{4,})\.h$/.exec(section.heading?.id ?? '')?.[1];
    if (fromId) qnums.add(fromId);
  }
  return qnums.size ? [...qnums].join(', ') : null;
}

/**
 * A reply means the question was answered on the sitting date. Only newer files give the tabled
 * date, in the question's url (questions-statements.parliament.uk/written-questions/detail/<date>/<uin>).
 */
function questionStatus(section: Section, contributions: Contribution[], date: string | null): ParsedRecord['question'] {
  const answered = contributions.some((c) => c.type === 'answer');
  const tabledDates = section.speeches
    .filter((s) => s.kind === 'ques')
    .map((s) => /\/detail\/(\d{4}-\d{2}-\d{2})\//.exec(s.attrs.url ?? '')?.[1])
    .filter((d): d is string => Boolean(d))
    .sort();
  const tabled = tabledDates[0] ?? null;
  return answered ? { status: 'answered', tabled, answered: date } : { status: 'unanswered', tabled, answered: null };
}

/** A reply opening "holding answer 28 October 2009" is the full answer to a question first given a holding answer. */
function answeredAfterHoldingAnswer(section: Section): boolean {
  return section.speeches.some((s) => s.kind === 'reply' && s.paragraphs.some((p) => p.className === 'holdinganswer'));
}

/** A division's own `divdate` when it is a real YYYY-MM-DD, else the sitting's: a damaged attribute must not cost the whole day file. */
function divisionDate(divdate: string | undefined, sitting: string | null): string | null {
  const d = divdate?.trim();
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : sitting;
}
