/** The speaker block of a TheyWorkForYou page: "Photo of NAME NAME Affiliation 2:30 pm, 26th November 2007". */
import type { Speaker } from '../record';
import { makeSpeaker } from '../shared/build';
import { DATE_PATTERN, findDate } from '../shared/dates';
import { TIME_PATTERN, findTime } from '../shared/times';
import { splitDoubledName, stripHonorifics } from '../shared/names';
import { splitAffiliation, splitLeadingParty } from '../shared/parties';
import { isDescriptionLine } from '../shared/people';

export interface TwfySpeaker {
  speaker: Speaker;
  time: string | null;
  date: string | null;
  /** Index of the last line the block used. */
  last: number;
}

const TRAILING_WHEN = new RegExp(`(?:^|,?\\s+)(?:(${TIME_PATTERN})(?:,?\\s*(${DATE_PATTERN}))?|(${DATE_PATTERN}))\\s*$`, 'i');

function nextNonBlank(lines: string[], from: number): number {
  for (let j = from; j < lines.length && j < from + 3; j++) if (lines[j].trim()) return j;
  return -1;
}

/** Splits a trailing "2:30 pm, 26th November 2007" off an affiliation. */
function splitWhen(text: string): { rest: string; time: string | null; date: string | null } {
  const m = TRAILING_WHEN.exec(text);
  if (!m) return { rest: text.trim(), time: null, date: null };
  return { rest: text.slice(0, m.index).trim(), time: findTime(m[0])?.hhmm ?? null, date: findDate(m[0])?.iso ?? null };
}

/**
 * Reads the block from `afterPhoto` (the text after "Photo of") and, when the page put the name,
 * the affiliation or the time on lines of their own, from the lines that follow.
 */
export function readTwfySpeaker(afterPhoto: string, lines: string[], at: number): TwfySpeaker {
  let last = at;
  let name: string;
  let rest: string;
  const doubled = splitDoubledName(afterPhoto);
  if (doubled) {
    ({ name, rest } = doubled);
  } else {
    name = afterPhoto.trim();
    rest = '';
    const j = nextNonBlank(lines, at + 1);
    if (j >= 0 && lines[j].trim().startsWith(name)) {
      rest = lines[j].trim().slice(name.length).trim();
      last = j;
    }
  }
  let when = splitWhen(rest);
  if (!when.rest) {
    const j = nextNonBlank(lines, last + 1);
    if (j >= 0 && isDescriptionLine(lines[j]) && !/^Photo of\s/.test(lines[j].trim())) {
      const next = splitWhen(lines[j].trim());
      when = { rest: next.rest, time: when.time ?? next.time, date: when.date ?? next.date };
      last = j;
    }
  }
  if (!when.time && !when.date) {
    const j = nextNonBlank(lines, last + 1);
    const only = j >= 0 ? splitWhen(lines[j].trim()) : null;
    if (only && !only.rest && (only.time || only.date)) {
      when = { ...when, time: only.time, date: only.date };
      last = j;
    }
  }
  const affiliation = when.rest ? splitAffiliation(when.rest) : null;
  const partyAndPost = when.rest && !affiliation ? splitLeadingParty(when.rest) : null;
  const speaker = makeSpeaker({
    name: stripHonorifics(name),
    role: affiliation ? null : (partyAndPost?.rest ?? when.rest) || null,
    party: affiliation?.party ?? partyAndPost?.party,
    constituency: affiliation?.constituency,
  });
  return { speaker, time: when.time, date: when.date, last };
}
