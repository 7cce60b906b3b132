/** Wording for facts from the member register (dates it gives, open ends, office matching). Pure. */
import { formatDate } from '@/lib/format';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Register dates are YYYY-MM-DD, and for some old peerages YYYY-MM or only YYYY. */
export function formatRegisterDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const ym = /^(\d{4})-(\d{2})$/.exec(value);
  if (ym) return `${MONTHS[Number(ym[2]) - 1] ?? ''} ${ym[1]}`.trim();
  return value;
}

/**
 * What an open end means for a post: the 1997-2010 list ends with that government; a later post
 * was still held where the loaded register's office data ends (`officesKnownUntil`, stored with the
 * register; null when the register does not say, and then no date is given).
 */
export function openOfficeEnd(kind: string, officesKnownUntil: string | null): string {
  if (kind === 'ministerial') return 'no end date in the 1997–2010 list';
  const until = formatRegisterDate(officesKnownUntil);
  return until
    ? `still held on ${until}, when the register’s office data ends`
    : 'still held when the register’s office data ends, a date the register does not give';
}

function comparable(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|of|for|state|hm|her|his|majesty s|majestys)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a printed office and a register post name the same thing (same words, or one contains the other). */
export function sameOffice(printed: string, register: string): boolean {
  const a = comparable(printed);
  const b = comparable(register);
  return !!a && !!b && (a === b || a.includes(b) || b.includes(a));
}

export const REGISTER_ATTRIBUTION = {
  text: 'Member data: mySociety / TheyWorkForYou (parlparse), CC BY-SA 2.5',
  licence: 'https://creativecommons.org/licenses/by-sa/2.5/',
  source: 'https://github.com/mysociety/parlparse',
} as const;

/** The bundled register's file (lib/members/data/register.json), wherever the project lives. */
const BUNDLED_REGISTER = /lib\/members\/data\/register\.json$/;

/**
 * Where the register came from, in words for a page: a URL as it is, the bundled copy by name, a
 * folder by its last part only (a server's paths are not the reader's business).
 */
export function describeRegisterSource(source: string): { label: string; href: string | null; bundled: boolean } {
  if (/^https?:\/\//i.test(source)) return { label: source, href: source, bundled: false };
  if (BUNDLED_REGISTER.test(source)) return { label: 'the register bundled with this project (parlparse, 2015)', href: null, bundled: true };
  return { label: `parlparse's people.json (copy in “${source.split(/[\\/]/).filter(Boolean).pop() ?? source}”)`, href: null, bundled: false };
}
