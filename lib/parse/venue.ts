/**
 * Where a record was said or published (its venue), from what the source says of it: the day
 * file's type for ParlParse XML, the sitting heading or chamber line of a copied page, else the
 * record's kind and house. Pure. Never guessed past that: no house and no cue gives null.
 */
import type { House, RecordKind, Venue } from './record';

/** Sitting places printed by the text formats ("– in Westminster Hall at …", a "Grand Committee" line). */
const CUES: Array<[RegExp, Venue]> = [
  [/^Westminster Hall$/i, 'westminster-hall'],
  [/^(?:the )?Grand Committee$/i, 'lords-grand-committee'],
  [/^an? Public Bill Committee$|^Public Bill Committees?$/i, 'public-bill-committee'],
  [/^Commons Chamber$/i, 'commons-chamber'],
  [/^Lords Chamber$/i, 'lords-chamber'],
];

/** The venue a printed sitting place names, or null when it names none we keep apart. */
export function venueFromCue(cue: string | null | undefined): Venue | null {
  const text = cue?.trim();
  if (!text) return null;
  return CUES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** What the kind and house alone say: written material by its kind, spoken records by their House's chamber. */
export function defaultVenue(kind: RecordKind, house: House | 'Bicameral' | null): Venue | null {
  switch (kind) {
    case 'written-question':
      return 'written-answers';
    case 'written-statement':
      return 'written-statements';
    case 'committee-report':
      return 'committee-publication';
    case 'debate':
    case 'oral-answers':
      return house === 'Commons' ? 'commons-chamber' : house === 'Lords' ? 'lords-chamber' : null;
    default:
      return null;
  }
}

/** Lords Grand Committee columns carry the "GC" series (ParlParse `colnum="GC12"`). */
export function isGrandCommitteeColumn(column: string | null | undefined): boolean {
  return /^GC\d/i.test(column?.trim() ?? '');
}
