/**
 * Committee press releases: a title, often a teaser that repeats the opening and is cut off
 * ("…Request free trial"), narrative with run-in headings, and quotations attributed inline, each
 * of which becomes its speaker's contribution. The committee is the record's department.
 */
import type { Contribution, House, ParsedRecord } from '../record';
import { makeContribution, makeRecord } from '../shared/build';
import { guessHouse, isPeerName, namedHouse } from '../shared/cues';
import { findDate, parseDate } from '../shared/dates';
import { joinParagraphs, splitParagraphs, unwrapParagraphs } from '../shared/text';
import { findQuotations } from './committee-quotes';

/** "Published 12 March 2024"; old press notices print "Session 2005-06, 19 July 2006". */
const PUBLISHED = /\b(?:Published|Date published|Publication date|Released|Issued|Session \d{4}[-–]\d{2,4},)\s*(?:on)?\s*:?\s*/i;
const RUN_IN_HEADINGS = /\s+(Report findings|Key findings|Other key recommendations|Key recommendations|Notes to editors)\s+/g;
const TRAILER = /^(?:Further information|Media enquiries|Press enquiries|Contact(?: us)?|Follow the Committee|Image:|Image credit)\b/i;
const COMMITTEE = /(?<![\p{L}])((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:and|&|of|on|for|the)\s+)?){1,6})Committee\b/gu;

/** committees.parliament.uk prints a banner above the title: the committee, its House, the page type. */
const BANNER_HOUSE = /^(Commons|Lords|Joint) Select Committee$/i;
const BANNER_LABEL = /^(?:News(?: article| story)?|Press (?:release|notice)|Committee news)$/i;
const COMMITTEE_LINE = /^[\p{Lu}][^.!?:;,]{2,80} Committee$/u;

interface Banner {
  committee: string | null;
  house: House | null;
  /** The text after the banner. */
  rest: string;
}

function readBanner(text: string): Banner {
  const lines = text.split('\n');
  const banner: Banner = { committee: null, house: null, rest: text };
  let k = 0;
  const labelled = lines.slice(0, 8).some((l) => BANNER_HOUSE.test(l.trim()) || BANNER_LABEL.test(l.trim()));
  for (let seen = 0; k < lines.length && seen < 4; k++) {
    const l = lines[k].trim();
    if (!l) continue;
    seen++;
    const house = BANNER_HOUSE.exec(l);
    if (house) banner.house = house[1].toLowerCase() === 'lords' ? 'Lords' : house[1].toLowerCase() === 'commons' ? 'Commons' : null;
    else if (labelled && !banner.committee && COMMITTEE_LINE.test(l)) banner.committee = l;
    else if (!BANNER_LABEL.test(l)) break;
  }
  if (banner.committee || banner.house || k > 0) banner.rest = lines.slice(k).join('\n');
  return banner;
}

export function parseCommitteeRelease(input: string): ParsedRecord {
  const warnings: string[] = [];
  const banner = readBanner(input);
  const text = banner.rest;
  const paragraphs = splitParagraphs(text);
  const title = (paragraphs[0] ?? '').split('\n')[0] || 'Committee press release';
  const afterTitle = [paragraphs[0]?.split('\n').slice(1).join('\n') ?? '', ...paragraphs.slice(1)].join('\n\n').trim();
  const { text: dated, date } = takePublicationDate(dropTeaser(afterTitle));
  const trailerAt = dated.split('\n').findIndex((l) => TRAILER.test(l.trim()));
  const body = (trailerAt >= 0 ? dated.split('\n').slice(0, trailerAt).join('\n') : dated).replace(RUN_IN_HEADINGS, '\n\n$1\n\n');

  const contributions: Contribution[] = [];
  let at = 0;
  const narrative = (slice: string) => {
    const t = joinParagraphs(unwrapParagraphs(slice));
    if (t) contributions.push(makeContribution({ type: 'statement', date, text: t }));
  };
  for (const q of findQuotations(body)) {
    narrative(body.slice(at, q.start));
    contributions.push(makeContribution({ speaker: q.speaker, type: 'speech', date, text: joinParagraphs(unwrapParagraphs(body.slice(q.start, q.end))) }));
    at = q.through;
  }
  narrative(body.slice(at));

  const department = banner.committee ?? committeeName(contributions, text);
  const house = banner.house ?? houseOf(text, contributions);
  if (!department) warnings.push('the release does not name the committee');
  if (!date) warnings.push('the release does not print its publication date');
  if (!house) warnings.push('the release does not say whether this is a Commons or a Lords committee');
  if (contributions.some((c) => c.type === 'statement'))
    warnings.push("the release's own text is not attributed to a person; it is kept as the committee's statement");
  if (!contributions.some((c) => c.type === 'speech')) warnings.push('the release quotes no one by name');

  return makeRecord({ title, kind: 'committee-report', house, date, department, contributions, warnings });
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A teaser that repeats the start of the body, cut off mid-sentence, is dropped. */
export function dropTeaser(text: string): string {
  const lines = text.split('\n');
  const starts = lines
    .map((l, k) => (l.trim() ? k : -1))
    .filter((k) => k >= 0)
    .slice(1, 16);
  for (const k of starts) {
    const teaser = words(lines.slice(0, k).join(' '));
    if (teaser.length < 8) continue;
    const rest = words(lines.slice(k).join(' ').slice(0, 20000));
    const probe = teaser.slice(0, -1); // the last word may be cut
    if (rest.length >= probe.length && probe.every((w, i) => rest[i] === w)) return lines.slice(k).join('\n');
  }
  return text;
}

/** "Published 12 March 2024" or a date alone on one of the first lines. */
function takePublicationDate(text: string): { text: string; date: string | null } {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const l = lines[i].trim();
    const cue = PUBLISHED.exec(l);
    const iso = cue && cue.index === 0 ? findDate(l)?.iso : parseDate(l);
    if (iso) return { text: lines.filter((_, k) => k !== i).join('\n'), date: iso };
  }
  for (let i = Math.max(0, lines.length - 5); i < lines.length; i++) {
    const l = lines[i].trim();
    const iso = PUBLISHED.test(l) && l.length < 80 ? findDate(l)?.iso : parseDate(l);
    if (iso) return { text: lines.filter((_, k) => k !== i).join('\n'), date: iso };
  }
  return { text, date: null };
}

/** The committee: from a quoted member's office ("Chair of the X Committee"), else the most named. */
function committeeName(contributions: Contribution[], text: string): string | null {
  const fromRole = contributions.map((c) => c.speaker.role).find((r) => r && /Committee/.test(r));
  const candidates = [...(fromRole ?? '').matchAll(COMMITTEE), ...text.matchAll(COMMITTEE)]
    .map((m) => `${m[1].trim().replace(/^(?:The|the|A|This|That|Its)\s+/, '')} Committee`)
    .filter(
      (c) =>
        !/^(?:The |Select |Committee|Chair|Member|Deputy Chair)/.test(c) &&
        c !== ' Committee' &&
        c.split(' ').length >= 2 &&
        !/^(?:the|and|of|on|for) /i.test(c),
    );
  if (!candidates.length) return null;
  if (fromRole) return candidates[0];
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function houseOf(text: string, contributions: Contribution[]): House | null {
  const named = namedHouse(text);
  if (named) return named;
  const speakers = contributions.map((c) => c.speaker.name).filter((n): n is string => !!n);
  if (speakers.length && speakers.every(isPeerName)) return 'Lords';
  if (/\b(?:committee of|cross-party group of) MPs\b|\bMPs?\b/.test(text)) return 'Commons';
  if (/\bcommittee of peers\b|\bpeers\b/i.test(text)) return 'Lords';
  return guessHouse(text).house;
}
