/**
 * Named entities for ParlParse XML. 2009 files declare HTML entities (`&mdash;`, `&pound;`) in an
 * internal DTD, which saxes skips without expanding; files without a DTD may still use them. We
 * read the declarations and add a built-in HTML table for the rest.
 */

/** HTML 4 named character entities that Hansard text uses, by code point. */
// biome-ignore format: a table, kept in rows
const HTML_CODE_POINTS: Record<string, number> = {
  nbsp: 160, iexcl: 161, cent: 162, pound: 163, curren: 164, yen: 165, brvbar: 166, sect: 167, uml: 168, copy: 169,
  ordf: 170, laquo: 171, not: 172, shy: 173, reg: 174, macr: 175, deg: 176, plusmn: 177, sup2: 178, sup3: 179,
  acute: 180, micro: 181, para: 182, middot: 183, cedil: 184, sup1: 185, ordm: 186, raquo: 187, frac14: 188,
  frac12: 189, frac34: 190, iquest: 191, Agrave: 192, Aacute: 193, Acirc: 194, Atilde: 195, Auml: 196, Aring: 197,
  AElig: 198, Ccedil: 199, Egrave: 200, Eacute: 201, Ecirc: 202, Euml: 203, Igrave: 204, Iacute: 205, Icirc: 206,
  Iuml: 207, ETH: 208, Ntilde: 209, Ograve: 210, Oacute: 211, Ocirc: 212, Otilde: 213, Ouml: 214, times: 215,
  Oslash: 216, Ugrave: 217, Uacute: 218, Ucirc: 219, Uuml: 220, Yacute: 221, THORN: 222, szlig: 223, agrave: 224,
  aacute: 225, acirc: 226, atilde: 227, auml: 228, aring: 229, aelig: 230, ccedil: 231, egrave: 232, eacute: 233,
  ecirc: 234, euml: 235, igrave: 236, iacute: 237, icirc: 238, iuml: 239, eth: 240, ntilde: 241, ograve: 242,
  oacute: 243, ocirc: 244, otilde: 245, ouml: 246, divide: 247, oslash: 248, ugrave: 249, uacute: 250, ucirc: 251,
  uuml: 252, yacute: 253, thorn: 254, yuml: 255, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376,
  fnof: 402, circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206,
  rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221,
  bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243,
  lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260, euro: 8364, trade: 8482, larr: 8592, rarr: 8594,
  minus: 8722, le: 8804, ge: 8805, ne: 8800, infin: 8734, asymp: 8776, alpha: 945, beta: 946, gamma: 947,
  delta: 948, mu: 956, pi: 960, sigma: 963, Omega: 937,
};

export const HTML_ENTITIES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(HTML_CODE_POINTS).map(([name, cp]) => [name, String.fromCodePoint(cp)])),
);

const ENTITY_DECL = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

/**
 * The general entities declared in the internal DTD subset at the top of `text`, with character
 * references in their values resolved. Parameter entities (`<!ENTITY % …>`) are ignored.
 */
export function readDtdEntities(text: string): Record<string, string> {
  const start = text.indexOf('<!DOCTYPE');
  if (start < 0 || start > 4096) return {};
  const open = text.indexOf('[', start);
  const gt = text.indexOf('>', start);
  if (open < 0 || (gt >= 0 && gt < open)) return {};
  const close = text.indexOf(']', open);
  const subset = text.slice(open + 1, close < 0 ? undefined : close);
  const entities: Record<string, string> = {};
  for (const m of subset.matchAll(ENTITY_DECL)) entities[m[1]] = resolveCharRefs(m[2] ?? m[3] ?? '');
  return entities;
}

/** Entity table for one file: built-in HTML entities, overridden by the file's own declarations. */
export function entitiesFor(text: string): Record<string, string> {
  return { ...HTML_ENTITIES, ...readDtdEntities(text) };
}

/**
 * How many characters a file's entity references may add to it, in total: a real day file's
 * entities stand for one character each and add nothing, while a hostile DTD's 1 MB value used
 * 20,000 times would add 20 GB (the "billion laughs" without the nesting).
 */
export const MAX_ENTITY_GROWTH_CHARS = 1024 * 1024;

const ENTITY_REFERENCE = /&([A-Za-z_:][\w.:-]*);/g;

/**
 * Characters the references to `entities` in `text` would add (each value's length over its
 * reference's), counted in one pass and stopping once past `limit`. References in comments count
 * too: an upper bound, which is what a limit needs.
 */
export function entityGrowth(text: string, entities: Readonly<Record<string, string>>, limit = MAX_ENTITY_GROWTH_CHARS): number {
  const growthOf = new Map<string, number>();
  for (const [name, value] of Object.entries(entities)) {
    const growth = value.length - (name.length + 2);
    if (growth > 0) growthOf.set(name, growth);
  }
  if (!growthOf.size) return 0;
  let total = 0;
  for (const m of text.matchAll(ENTITY_REFERENCE)) {
    total += growthOf.get(m[1]) ?? 0;
    if (total > limit) break;
  }
  return total;
}

/** The one-line reason to refuse `text` when its DTD's entities would grow it past the limit, else null. */
export function entityExpansionRefusal(text: string): string | null {
  const growth = entityGrowth(text, readDtdEntities(text));
  return growth > MAX_ENTITY_GROWTH_CHARS
    ? `the entities its DTD declares would add more than ${MAX_ENTITY_GROWTH_CHARS / 1048576} MB of text when expanded, past the limit for one file; refused unread`
    : null;
}

function resolveCharRefs(value: string): string {
  return value.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (ref, num: string) => {
    const cp = num[0] === 'x' ? parseInt(num.slice(1), 16) : parseInt(num, 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : ref;
  });
}

/** Windows-1252 characters for the C1 range: Hansard writes `&#151;` meaning an em dash. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Replaces C1 control characters (U+0080–U+009F) with the Windows-1252 characters they stand for. */
export function fixC1Controls(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]) : text;
}
