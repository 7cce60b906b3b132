/**
 * HTML given instead of text: tags stripped, block elements turned into paragraph breaks, image
 * alt text kept (copied TheyWorkForYou pages carry "Photo of NAME" that way), entities decoded.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  shy: '',
  zwj: '',
  zwnj: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  euml: 'ë',
  iuml: 'ï',
  acirc: 'â',
  ecirc: 'ê',
  ocirc: 'ô',
  icirc: 'î',
  ucirc: 'û',
  Eacute: 'É',
  Aacute: 'Á',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  szlig: 'ß',
  deg: '°',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
};

const BLOCK =
  'p|div|section|article|main|aside|header|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|blockquote|pre|figure|figcaption|form|fieldset|address|hr|details|summary';

/** True when the text is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return true;
  const tags = upToLastTagEnd(text.slice(0, 20000)).match(
    /<\/?(?:p|div|span|a|br|h[1-6]|li|ul|table|td|strong|em|b|i|img|section|article|blockquote)\b[^>]*>/gi,
  );
  return (tags?.length ?? 0) >= 3;
}

/** Decodes named (common ones) and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,10});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/**
 * The text up to and including its last `>`. A tag pattern (`<…[^>]*>`) can match nothing past it,
 * yet a regex tries again from every `<` there, each try running to the end: quadratic on a page of
 * `<` without `>` (40,000 of them took 0.6 s, 20 MB would take days). Within it every try stops at
 * the next `>`.
 */
function upToLastTagEnd(s: string): string {
  return s.slice(0, s.lastIndexOf('>') + 1);
}

/** `s.replace(tags, replace)` for a tag pattern ending in `[^>]*>`, linear (see upToLastTagEnd). */
function replaceTags(s: string, tags: RegExp, replace: (tag: string) => string): string {
  const head = upToLastTagEnd(s);
  return head.replace(tags, replace) + s.slice(head.length);
}

/** HTML → plain text with one blank line between blocks. */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head|nav|footer|iframe|button|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  s = replaceTags(s, /<img\b[^>]*>/gi, (tag) => {
    const alt = attribute(tag, 'alt');
    return alt ? ` ${alt} ` : ' ';
  }).replace(/<br\s*\/?>/gi, '\n');
  s = replaceTags(s, new RegExp(`</?(?:${BLOCK})\\b[^>]*>`, 'gi'), () => '\n\n');
  s = replaceTags(s, /<\/?t[dh]\b[^>]*>/gi, () => ' ');
  s = replaceTags(s, /<[^>]*>/g, () => '');
  s = decodeEntities(s.replace(/[ \t\r\f\v]+/g, ' '));
  return s
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
