/** How a sitting house is named and marked on the calendar and day pages. Pure. */
import type { SittingHouse } from '@/lib/db/pages';

export const HOUSE_NAMES: Record<SittingHouse, string> = {
  Commons: 'House of Commons',
  Lords: 'House of Lords',
  other: 'Other (house not stated, e.g. committee publications)',
};

/** One-letter marks on calendar days; the words beside them are for screen readers. */
export const HOUSE_MARKS: Record<SittingHouse, { letter: string; className: string }> = {
  Commons: { letter: 'C', className: 'text-commons' },
  Lords: { letter: 'L', className: 'text-lords' },
  other: { letter: 'O', className: 'text-stone-700' },
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
