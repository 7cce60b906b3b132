/** Speaker names as pages print them: undoubling "Photo of X X", honorifics, peerage titles. */
import { COURTESY_HONORIFICS, PEERAGE_TITLES, POST_NOMINALS } from '../../vocabulary';

const LEADING_HONORIFIC = new RegExp(`^(?:(?:${COURTESY_HONORIFICS.map((w) => w.replace(/ /g, '\\.? ')).join('|')})\\.?\\s+)+`, 'i');
const TRAILING_POSTNOMINALS = new RegExp(`(?:,?\\s+(?:${POST_NOMINALS.join('|')}))+\\.?$`);

/** Longer than any real run of post-nominals ("KCB, KCMG, OBE, QC, MP" is 22). */
const POSTNOMINALS_TAIL = 200;

/**
 * The name without trailing post-nominals. The pattern is tried only on the name's tail: it is
 * anchored at the end but not the start, so over a whole name the regex would start again at
 * every space (quadratic: 20,000 " MP" cost 2 s).
 */
function withoutPostNominals(name: string): string {
  const cut = Math.max(0, name.length - POSTNOMINALS_TAIL);
  return name.slice(0, cut) + name.slice(cut).replace(TRAILING_POSTNOMINALS, '');
}

/** Peerage and Lords Spiritual titles: with these, the title is part of the name. */
export const PEERAGE_TITLE = new RegExp(`^(?:The\\s+)?(?:${PEERAGE_TITLES.join('|')}|(?:Lord\\s+)?(?:Arch)?[Bb]ishop)\\b`);

/**
 * Removes courtesy honorifics (Mr, Dame, Sir, Rt Hon…) and post-nominals (MP, KC…) but keeps
 * peerage titles, which are the name ("Baroness Williams of Trafford").
 */
export function stripHonorifics(name: string): string {
  const t = withoutPostNominals(name.trim());
  if (PEERAGE_TITLE.test(t)) return t;
  const stripped = t.replace(LEADING_HONORIFIC, '').trim();
  // "Mr Speaker" or a bare "Dame Smith"-style surname keeps its honorific: nothing else names them.
  return stripped.split(/\s+/).length >= 2 || !stripped ? stripped || t : t;
}

const NAME_PARTICLES = new Set([
  'of',
  'de',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'upon',
  'on',
  'the',
  'and',
  'in',
  'St',
  'St.',
  'ap',
  'bin',
  'al',
]);
const NOT_NAME_WORDS =
  /\b(?:Question|Questions|Answers?|Bill|Act|Debate|Statement|Amendment|Clause|Schedule|Motion|Order|Orders|Committee|Reading|Business|Report|Department|Office|Ministry|Government|Hansard|Volume|Contents|Division|Petition|Urgent|Topical|Written|Oral|Engagements|Point|Share|Link|Print|Home|Source|Debates?|Lords|Commons|House|Parliament|Members?|Minister|Secretary|Speaker|Chair|Leader|Deputy|Shadow|Strategy|Policy|Services?|Crime|Support|Victims?|Trafficking|Exploitation)\b/;

/**
 * True when `s` reads like a person's name on its own line: 2–7 capitalised words (particles such
 * as "of" allowed), nothing that reads as a heading.
 */
export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 70 || /[.?!:;,"“”()[\]\d]$/.test(t) || /[?!:;"“”[\]\d@/]/.test(t)) return false;
  if (PEERAGE_TITLE.test(t)) return /^(?:The\s+)?\S+\s+\S/.test(t) && !/\b(?:Questions?|Bill|Act|Committee|Amendment)\b/.test(t);
  const words = t.replace(LEADING_HONORIFIC, '').split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (NOT_NAME_WORDS.test(t)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}

/**
 * "Phyllis Starkey Phyllis Starkey Labour, Milton Keynes" → name "Phyllis Starkey" and the rest:
 * copied TheyWorkForYou pages print a photo's alt text and then the name. The longest repeated
 * word run wins; without a repeat, null.
 */
export function splitDoubledName(text: string): { name: string; rest: string } | null {
  const tokens = text.trim().split(/\s+/);
  for (let k = Math.floor(tokens.length / 2); k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = tokens[i] === tokens[k + i];
    if (same) return { name: tokens.slice(0, k).join(' '), rest: tokens.slice(2 * k).join(' ') };
  }
  return splitDoubledWithHonorific(tokens);
}

/**
 * The alt text and the printed name may differ by an honorific ("Dr Caroline Johnson Caroline
 * Johnson …"): the two runs are compared without honorifics, and the printed (second) one is kept.
 */
function splitDoubledWithHonorific(tokens: string[]): { name: string; rest: string } | null {
  const bare = (run: string[]) => run.join(' ').replace(LEADING_HONORIFIC, '').trim();
  for (let a = Math.min(6, tokens.length - 1); a >= 2; a--) {
    for (const b of [a - 2, a - 1, a + 1, a + 2]) {
      if (b < 2 || a + b > tokens.length) continue;
      const first = bare(tokens.slice(0, a));
      const second = tokens.slice(a, a + b);
      if (first.split(' ').length >= 2 && first === bare(second)) return { name: second.join(' '), rest: tokens.slice(a + b).join(' ') };
    }
  }
  return null;
}

/** Normalised comparison key for a name: no honorifics, no punctuation, lower case. */
export function nameKey(name: string): string {
  return stripHonorifics(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
