/** How a sitting house is named and marked on the calendar, day and home pages. Pure. */
import type { SittingHouse } from '@/lib/db/pages';
import { HOUSE_NAMES as RECORD_HOUSE_NAMES } from '@/lib/format';

export const HOUSE_NAMES: Record<SittingHouse, string> = {
  Commons: RECORD_HOUSE_NAMES.Commons,
  Lords: RECORD_HOUSE_NAMES.Lords,
  'Scottish Parliament': RECORD_HOUSE_NAMES['Scottish Parliament'],
  Senedd: RECORD_HOUSE_NAMES.Senedd,
  'Northern Ireland Assembly': RECORD_HOUSE_NAMES['Northern Ireland Assembly'],
  other: 'Other (house not stated or both Houses, e.g. committee publications)',
};

/** One-letter marks on calendar days; the words beside them are for screen readers. */
export const HOUSE_MARKS: Record<SittingHouse, { letter: string; className: string }> = {
  Commons: { letter: 'C', className: 'text-commons' },
  Lords: { letter: 'L', className: 'text-lords' },
  'Scottish Parliament': { letter: 'S', className: 'text-scottish-parliament' },
  Senedd: { letter: 'W', className: 'text-senedd' },
  'Northern Ireland Assembly': { letter: 'N', className: 'text-ni-assembly' },
  other: { letter: 'O', className: 'text-stone-700' },
};

/** A house as an HTML id fragment: house names hold spaces, which an id may not. */
export function houseSlug(house: SittingHouse): string {
  return house.toLowerCase().replace(/ /g, '-');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
