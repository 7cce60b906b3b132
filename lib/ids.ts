/**
 * How record and contribution ids are made. They appear in permalinks (/d/{id}, /c/{id}), so they
 * must not change when the same document is ingested again, and should survive corrections.
 *
 * - A document's key is its file name without extension; for a ParlParse day file also without the
 *   version letter ("debates2009-10-26b.xml" → "debates2009-10-26"), so a re-published day replaces
 *   the earlier version instead of standing beside it.
 * - A record id comes from the source's own id when it has one (ParlParse heading ids, version letter
 *   removed), else from the document key and the record's position in the document.
 * - A contribution id comes from the source's own id when it has one, else from its record id, its
 *   text, and which occurrence of that text it is in the record. A contribution whose text did not
 *   change keeps its id even when others around it are added or removed.
 *
 * Ids are 12 characters of lowercase base-32 (60 bits of SHA-256).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * What an id in a URL or a batch must look like before it reaches a query. Looser than ALPHABET
 * (it lets l and o through): such an id is simply not found, and the check stays readable.
 */
export const ID_PATTERN = /^[a-z2-9]{12}$/;

export function shortHash(input: string, length = 12): string {
  const digest = createHash('sha256').update(input).digest();
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
  }
  return out;
}

/** Removes ParlParse's version letter(s) from a day file name or an XML id ("2009-10-26b.1.2" → "2009-10-26.1.2"; after z come aa, ab …). */
export function withoutVersionLetter(s: string): string {
  return s.replace(/(\d{4}-\d{2}-\d{2})[a-z]{1,3}(?=$|[._])/g, '$1');
}

export function documentKey(fileName: string): string {
  const base = path.basename(fileName).replace(/\.(txt|html?|xml|md)$/i, '');
  return /^[a-z]+\d{4}-\d{2}-\d{2}/.test(base) ? withoutVersionLetter(base) : base;
}

export function documentId(key: string): string {
  return shortHash(`document:${key}`);
}

export function recordId(key: string, position: number, sourceId?: string | null): string {
  return sourceId ? shortHash(`record-source:${withoutVersionLetter(sourceId)}`) : shortHash(`record:${key}:${position}`);
}

/** Normalises text for identity: case and white space do not make a new contribution. */
function textKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The id of a contribution the source gives an id (gid) to: the same for every version of its day. */
export function contributionIdForSource(sourceId: string): string {
  return shortHash(`contribution-source:${withoutVersionLetter(sourceId)}`);
}

/** Ids for a record's contributions, in order. */
export function contributionIds(recordIdValue: string, contributions: ReadonlyArray<{ text: string; sourceId?: string | null }>): string[] {
  const seen = new Map<string, number>();
  return contributions.map((c) => {
    if (c.sourceId) return contributionIdForSource(c.sourceId);
    const key = textKey(c.text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return shortHash(`contribution:${recordIdValue}:${key}:${occurrence}`);
  });
}

/**
 * A speaker slug as pages accept it: lowercase words of a–z and digits joined by single hyphens, at
 * most 80 characters — what `slugify` makes, except when its 80-character cut ends on a hyphen.
 */
export const SLUG_PATTERN = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      // a cut between words leaves a trailing "-", which SLUG_PATTERN (and so the page) refuses
      .replace(/-+$/, '') || 'unnamed'
  );
}
