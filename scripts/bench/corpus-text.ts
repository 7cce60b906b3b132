/**
 * Text pages in the five formats users paste or save (see seeds/): TheyWorkForYou debate pages,
 * hansard.parliament.uk pages, written questions from the Parliament site and from Parallel
 * Parliament, and committee press releases — with the page furniture each site prints, which the
 * parsers must remove.
 */
import type { Member } from './members';
import type { Rng } from './prng';
import type { Vocabulary } from './vocabulary';

export const TEXT_KINDS = ['twfy', 'hansard', 'written-question', 'parallel-parliament', 'committee-release'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface TextPage {
  fileName: string;
  text: string;
  contributions: number;
}

export interface TextContext {
  rng: Rng;
  vocab: Vocabulary;
  commons: Member[];
  lords: Member[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'][n % 10];
  return `${n}${s}`;
}

/** "2007-11-26" → the printed forms: "26 November 2007", "26th November 2007", "Monday". */
function printedDate(iso: string) {
  const d = new Date(`${iso}T00:00:00Z`);
  const [day, month, year] = [d.getUTCDate(), MONTHS[d.getUTCMonth()], d.getUTCFullYear()];
  return { plain: `${day} ${month} ${year}`, ordinal: `${ordinal(day)} ${month} ${year}`, weekday: WEEKDAYS[d.getUTCDay()] };
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const paragraphs = (ctx: TextContext, min: number, max: number) =>
  Array.from({ length: ctx.rng.int(min, max) }, () => ctx.vocab.paragraph(ctx.rng, ctx.rng.int(2, 4)));

/** A sentence that goes on from words before it ("To ask…, what steps…"): its first letter lower-cased. */
const clause = (ctx: TextContext) => ctx.vocab.sentence(ctx.rng).replace(/^\w/, (c) => c.toLowerCase());

/** A written question's dates, printed: asked on `date`, answered `min` to `max` days later. */
function questionDates(ctx: TextContext, date: string, min: number, max: number) {
  return { asked: printedDate(date), answered: printedDate(addDays(date, ctx.rng.int(min, max))) };
}

function twfyPage(ctx: TextContext, date: string): Omit<TextPage, 'fileName'> {
  const { rng, vocab } = ctx;
  const printed = printedDate(date);
  const minister = rng.pick(ctx.commons);
  const office = rng.pick(vocab.offices).replace(/^The /, '');
  const lines = [
    rng.pick(vocab.titles),
    '',
    `Oral Answers to Questions — ${rng.pick(vocab.departments)} – in the House of Commons at 2:30 pm on ${printed.ordinal}.`,
    '',
    'Alert me about debates like this',
    '',
  ];
  const say = (m: Member, role: string | null, first: boolean, text: string[]) => {
    const who = role ?? [m.party, m.constituency].filter(Boolean).join(', ');
    lines.push(`Photo of ${m.name} ${m.name} ${who}${first ? ` 2:30 pm, ${printed.ordinal}` : ''}`, '', ...text.flatMap((t) => [t, '']));
  };
  const pairs = rng.int(2, 5);
  for (let i = 0; i < pairs; i++) {
    say(rng.pick(ctx.commons), null, i === 0, paragraphs(ctx, 1, 2));
    say(minister, office, false, paragraphs(ctx, 1, 2));
  }
  return { text: lines.join('\n'), contributions: pairs * 2 };
}

function hansardPage(ctx: TextContext, date: string): Omit<TextPage, 'fileName'> {
  const { rng, vocab } = ctx;
  const printed = printedDate(date);
  const count = rng.int(3, 8);
  const body = Array.from({ length: count }, () => paragraphs(ctx, 1, 2).join('\n\n'));
  const text = [
    'Skip to main content',
    '',
    rng.pick(vocab.titles),
    '',
    `Volume ${rng.int(400, 780)}: debated on ${printed.weekday} ${printed.plain}`,
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
  return { text, contributions: count };
}

function writtenQuestionPage(ctx: TextContext, date: string): Omit<TextPage, 'fileName'> {
  const { rng, vocab } = ctx;
  const { asked, answered } = questionDates(ctx, date, 3, 20);
  const dept = rng.pick(vocab.departments);
  const text = [
    'Skip to main content',
    '',
    rng.pick(vocab.titles),
    '',
    `Question for ${dept}`,
    '',
    `UIN ${rng.int(1000, 99999)}, tabled on ${asked.plain}`,
    '',
    `${rng.pick(vocab.questionOpeners)}, ${clause(ctx)}`,
    '',
    'Answered on',
    '',
    answered.plain,
    '',
    paragraphs(ctx, 2, 5).join('\n\n'),
    '',
    'Answered by',
    '',
    dept,
    '',
  ].join('\n');
  return { text, contributions: 2 };
}

function parallelParliamentPage(ctx: TextContext, date: string): Omit<TextPage, 'fileName'> {
  const { rng, vocab } = ctx;
  const { asked, answered } = questionDates(ctx, date, 5, 25);
  const minister = rng.pick(ctx.lords);
  const text = [
    rng.pick(vocab.titles),
    '',
    `(asked on ${asked.ordinal}) - View Source`,
    '',
    `Question to the ${rng.pick(vocab.departments)}:`,
    '',
    `To ask Her Majesty's Government ${clause(ctx)}`,
    '',
    '',
    'Answered by',
    `${minister.name} Portrait`,
    minister.name,
    rng.pick(vocab.offices).replace(/^The /, ''),
    `This question was answered on ${answered.ordinal}`,
    '',
    paragraphs(ctx, 2, 4).join('\n\n'),
    '',
    'Reticulating Splines',
  ].join('\n');
  return { text, contributions: 2 };
}

function committeeReleasePage(ctx: TextContext): Omit<TextPage, 'fileName'> {
  const { rng, vocab } = ctx;
  const committee = `${rng.pick(['Home Affairs', 'Health and Social Care', 'Defence', 'Education', 'Treasury', 'Transport', 'Justice', 'Work and Pensions'])} Committee`;
  const summary = vocab.paragraph(rng, 3);
  const body = paragraphs(ctx, 2, 4).join(' ');
  const text = [
    `${rng.pick(vocab.titles)}: ${committee} publishes report`,
    summary.slice(0, 280) + '...Request free trial',
    `${summary} The ${committee} has warned that ${clause(ctx)} The cross-party committee of MPs ${clause(ctx)} ${body} The Committee recommends:`,
    'Other key recommendations',
    '|',
  ].join('\n');
  return { text, contributions: 1 };
}

const WRITERS: Record<TextKind, (ctx: TextContext, date: string) => Omit<TextPage, 'fileName'>> = {
  twfy: twfyPage,
  hansard: hansardPage,
  'written-question': writtenQuestionPage,
  'parallel-parliament': parallelParliamentPage,
  'committee-release': (ctx) => committeeReleasePage(ctx),
};

export function createTextPage(kind: TextKind, date: string, serial: number, ctx: TextContext): TextPage {
  return { fileName: `${kind}-${date}-${String(serial).padStart(6, '0')}.txt`, ...WRITERS[kind](ctx, date) };
}
