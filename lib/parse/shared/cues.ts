/**
 * What the text itself says about who is speaking and in which House: the forms of address that
 * only one House uses, government offices, and the openings of questions and answers.
 */
import type { House } from '../record';
import { withoutQuotations } from './text';
import { PEERAGE_TITLE } from './names';

const LORDS_CUES =
  /\bMy Lords\b|\bnoble (?:and (?:learned|gallant|right reverend) )?(?:Lord|Baroness|Lady|Earl|Viscount|Duke|Marquess|Friend|Friends|Lords)\b|\bTo ask (?:His|Her) Majesty'?s Government\b|\bHouse of Lords\b|\bright reverend Prelate\b|\bLord Speaker\b|\bHL\d+\b/g;
const COMMONS_CUES =
  /\b(?:right )?hon\.? (?:and (?:learned|gallant) )?(?:Friend|Friends|Gentleman|Lady|Member|Members)\b|\bMr Speaker\b|\bMadam (?:Deputy )?Speaker\b|\bHouse of Commons\b|\bTo ask the (?:Secretary of State|Minister|Chancellor|Prime Minister|Attorney General|Solicitor General|Advocate General|Leader of the House|Deputy Prime Minister|Minister for|Chairman|Chair|hon\.)\b|\bnamed day\b/gi;

export interface HouseGuess {
  house: House | null;
  /** A plain-words reason when the house could not be told. */
  warning: string | null;
}

/** Commons or Lords from the forms of address the text uses; null when it has none or both equally. */
export function guessHouse(text: string): HouseGuess {
  const lords = text.match(LORDS_CUES)?.length ?? 0;
  const commons = text.match(COMMONS_CUES)?.length ?? 0;
  if (lords > commons) return { house: 'Lords', warning: null };
  if (commons > lords) return { house: 'Commons', warning: null };
  return { house: null, warning: 'the text does not say whether this was in the Commons or the Lords' };
}

/** A House named outright ("in the House of Lords", "Commons Select Committee"). */
export function namedHouse(text: string): House | null {
  const m = /\b(?:House of (Commons|Lords)|(Commons|Lords) (?:Select )?Committee)\b/i.exec(text);
  const h = (m?.[1] ?? m?.[2])?.toLowerCase();
  return h === 'commons' ? 'Commons' : h === 'lords' ? 'Lords' : null;
}

/** Is this speaker a member of the Lords by their name? */
export function isPeerName(name: string | null): boolean {
  return !!name && PEERAGE_TITLE.test(name) && !/^Lady\s+\p{Lu}\p{L}+$/u.test(name);
}

const GOVERNMENT_OFFICE =
  /\b(?:Minister|Secretary of State|Under-Secretary|Under Secretary|Solicitor[- ]General|Attorney[- ]General|Advocate[- ]General|(?:Lord|Baroness|Lady) in Waiting|Whip|Chancellor of the|Leader of the House|Lord Privy Seal|Paymaster|Chief Secretary|Financial Secretary|Economic Secretary|Exchequer Secretary|Captain of (?:the|His|Her)|Parliamentary Secretary|Lord Chancellor|Comptroller of|Vice-Chamberlain|Treasurer of (?:His|Her) Majesty|Second Church Estates|Lord President)\b/i;
const NOT_GOVERNMENT = /\b(?:Shadow|Opposition|spokesperson|spokesman|spokeswoman|Chair(?:man)? of the .*Committee|Committee)\b/i;

/** True for an office held in government (so its holder answers questions), not shadow posts. */
export function isGovernmentOffice(role: string | null): boolean {
  return !!role && GOVERNMENT_OFFICE.test(role) && !NOT_GOVERNMENT.test(role);
}

/** True for the chair of a sitting (Speaker, Deputy Speaker, Lord Speaker, Chair). */
export function isPresidingOffice(text: string | null): boolean {
  if (text && /^in the Chair$/i.test(text.trim())) return true;
  return (
    !!text &&
    /^(?:The\s+)?(?:(?:Mr|Madam)\s+)?(?:Deputy\s+|Lord\s+)?(?:Speaker|Chair(?:man|woman)?|Deputy Chair(?:man)?|First Deputy Chairman of Ways and Means|(?:First |Second )?Deputy Chairman of Ways and Means|Chairman of Ways and Means)(?:\s+of the House of (?:Commons|Lords))?\b/i.test(
      text.trim(),
    )
  );
}

const ANSWER_OPENER =
  /^(?:My Lords,?\s+)?(?:I (?:thank|am grateful to|agree with|congratulate|pay tribute to|welcome the question from|understand the concern of) (?:my|the) (?:right )?(?:hon\.?|noble|honourable)|(?:My|The) (?:right )?(?:hon\.?|noble(?: and learned)?) (?:and (?:learned|gallant) )?(?:Friend|Gentleman|Lady|Member|Lord|Baroness|Earl|Viscount)\b|As (?:my|the) (?:right )?(?:hon\.?|noble)|I can (?:confirm|assure|tell)|Yes[,.]|No[,.]|Absolutely|Indeed[,.])/;
const QUESTION_START =
  /^(?:To ask\b|What\b|Whether\b|How\b|When\b|Why\b|Which\b|Will\b|Would\b|Does\b|Do\b|Can\b|Could\b|Is\b|Are\b|Has\b|Have\b|Should\b|If (?:he|she|they) will\b)/;
const THIRD_PERSON_MINISTER =
  /\b(?<!shadow )(?:the|my (?:right )?hon\.? Friend the|noble (?:Lord|Baroness) the) (?:Minister|Secretary of State|Home Secretary|Chancellor|Prime Minister|Leader of the House)\b(?! (?:for|of State for)\b.*\bsaid\b)/i;

/** Strong opening of a minister's reply ("I thank my hon. Friend…", "The noble Lord…"). */
export function opensLikeAnswer(paragraph: string): boolean {
  return ANSWER_OPENER.test(paragraph.trim());
}

/** A question asked outside any quotation, or the "To ask…" / "What steps…" form of a tabled question. */
export function readsLikeQuestion(text: string): boolean {
  return createQuestionReader().add(text).readsLikeQuestion();
}

const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const STRAIGHT = 0x22;
const QUESTION_MARK = 0x3f;
/** As much of the start as QUESTION_START can look at (and the character after, for its \b). */
const START_LENGTH = 64;

/**
 * readsLikeQuestion for text that grows paragraph by paragraph (joined by "\n"), at the cost of each
 * paragraph once: asking it again after every paragraph of a long quotation was quadratic. It reads
 * as readsLikeQuestion(all the paragraphs joined) does — a "?" outside “…” and "…" quotations (an
 * unclosed one runs to the end, as withoutQuotations takes it), or a question's opening form in a
 * text with no full stop, question or exclamation mark but its last character.
 */
export function createQuestionReader() {
  let inCurly = false;
  let inStraight = false;
  let askedOutsideQuotes = false;
  let joined = false;
  let start = ''; // the text from its first non-space character, START_LENGTH characters of it
  let stops = 0; // . ? ! anywhere
  let lastVisible = ''; // the last non-space character
  const reader = {
    add(paragraph: string) {
      const text = joined ? `\n${paragraph}` : paragraph;
      joined = true;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inCurly) inCurly = c !== CLOSE_CURLY;
        else if (c === OPEN_CURLY) inCurly = true;
        else if (inStraight) inStraight = c !== STRAIGHT;
        else if (c === STRAIGHT) inStraight = true;
        else if (c === QUESTION_MARK) askedOutsideQuotes = true;
      }
      if (start.length < START_LENGTH) start = (start + text).trimStart().slice(0, START_LENGTH);
      stops += text.match(/[.?!]/g)?.length ?? 0;
      const visible = text.trimEnd();
      if (visible) lastVisible = visible[visible.length - 1];
      return reader;
    },
    readsLikeQuestion(): boolean {
      if (askedOutsideQuotes || /^To ask\b/.test(start)) return true;
      return QUESTION_START.test(start) && (stops === 0 || (stops === 1 && /[.?!]/.test(lastVisible)));
    },
  };
  return reader;
}

/** Addresses the Minister in the third person, as questioners do. */
export function addressesMinister(text: string): boolean {
  return THIRD_PERSON_MINISTER.test(withoutQuotations(text));
}
