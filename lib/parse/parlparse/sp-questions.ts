/**
 * The Scottish Parliament's question tracking files (parldata `scrapedxml/sp-questions/up-to-<time>.xml`):
 * for each question reference (`<question gid="uk.org.publicwhip/spq/S3W-27765">`), where the
 * Parliament's papers mentioned it — `<mention date type url spwrans orgid referrer>`. The types are
 * those TheyWorkForYou's scripts/xml2db.pl `loadspq` knows: business-today, business-oral,
 * business-written (the Business Bulletin's lists), holding (a holding answer), answer (the written
 * answer, `spwrans` its gid), oral-asked-in-official-report (`orgid` the speech's gid) and
 * referenced-in-question-text (`referrer` the question that cites it; no date).
 *
 * Read in one streaming pass (saxes, no DOM), bounded: a file with markup errors or more than
 * MAX_MENTIONS mentions is refused whole, so nothing of it is half-stored. A mention with an
 * unknown type, a date that is no date or an over-long attribute is left out and counted. Pure.
 */
import { SaxesParser } from 'saxes';
import { DocumentParseError } from '../record';

export const SP_QUESTION_MENTION_TYPES = [
  'business-today',
  'business-oral',
  'business-written',
  'holding',
  'answer',
  'oral-asked-in-official-report',
  'referenced-in-question-text',
] as const;
export type SpQuestionMentionType = (typeof SP_QUESTION_MENTION_TYPES)[number];

export interface SpQuestionMention {
  /** The question reference, e.g. S3W-27765. */
  spid: string;
  type: SpQuestionMentionType;
  /** YYYY-MM-DD as printed; null when the file gives none (references). */
  date: string | null;
  /** The paper it was mentioned in (a Business Bulletin page), when given. */
  url: string | null;
  /** The gid of what mentions it: the answer (`spwrans`), the speech (`orgid`), the citing question (`referrer`). */
  mentionedGid: string | null;
}

export interface SpQuestionTracking {
  mentions: SpQuestionMention[];
  /** Mentions left out (unknown type, bad date, over-long attribute, no question reference). */
  skipped: number;
}

/** Real files hold a few hundred; far beyond is no tracking file. */
export const MAX_MENTIONS = 100_000;
const MAX_ATTRIBUTE = 2_000;
const SPQ_GID = /^uk\.org\.publicwhip\/spq\/(S\d{1,2}[A-Z]{1,3}-\d{1,7})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseSpQuestionTracking(text: string, fileName: string): SpQuestionTracking {
  const parser = new SaxesParser({ position: true });
  const out: SpQuestionTracking = { mentions: [], skipped: 0 };
  let problem: string | null = null;
  let root: string | null = null;
  let spid: string | null | undefined; // undefined: outside a <question>; null: inside one with no valid gid
  let questions = 0;
  parser.on('error', (err) => {
    problem ??= err.message;
  });
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (root === null) {
      root = tag.name;
      return;
    }
    if (tag.name === 'question') {
      questions++;
      spid = SPQ_GID.exec(attrs.gid?.trim() ?? '')?.[1] ?? null;
    } else if (tag.name === 'mention' && spid !== undefined) {
      const mention = toMention(spid, attrs);
      if (mention) out.mentions.push(mention);
      else out.skipped++;
      if (out.mentions.length > MAX_MENTIONS) throw new DocumentParseError(`${fileName}: more than ${MAX_MENTIONS} question mentions; refused`);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'question') spid = undefined;
  });
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // saxes builds an Error per problem: only the first message is kept
  try {
    parser.write(text).close();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (problem) throw new DocumentParseError(`${fileName}: not well-formed XML, nothing of it was read (${problem})`);
  if (root !== 'publicwhip' || questions === 0)
    throw new DocumentParseError(`${fileName}: no <question> entries in a <publicwhip> file: not a question tracking file`);
  return out;
}

function toMention(spid: string | null, attrs: Record<string, string>): SpQuestionMention | null {
  if (!spid) return null;
  const type = attrs.type?.trim() as SpQuestionMentionType;
  if (!(SP_QUESTION_MENTION_TYPES as readonly string[]).includes(type)) return null;
  if (Object.values(attrs).some((v) => v.length > MAX_ATTRIBUTE)) return null;
  const date = attrs.date?.trim() || null;
  if (date !== null && !ISO_DATE.test(date)) return null;
  const mentionedGid =
    (type === 'answer'
      ? attrs.spwrans
      : type === 'oral-asked-in-official-report'
        ? attrs.orgid
        : type === 'referenced-in-question-text'
          ? attrs.referrer
          : null
    )?.trim() || null;
  // Only a web address becomes a link on the page: anything else (javascript:, data:) is dropped.
  const url = attrs.url?.trim() ?? '';
  return { spid, type, date, url: /^https?:\/\/[^\s]+$/i.test(url) ? url : null, mentionedGid };
}
