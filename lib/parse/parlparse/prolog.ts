/**
 * The start of an XML file up to its root element, read by a scan that moves only forward: an XML
 * declaration, comments, processing instructions and a DOCTYPE (with or without an internal subset)
 * are stepped over with indexOf, so the cost is one pass over what precedes the root however many
 * comments there are. (A regex with a repeated comment group backtracked exponentially on 26.)
 * Pure: text in, the root's start tag out.
 */

export interface RootTag {
  /** The element name as written (`publicwhip`). */
  name: string;
  /** The start tag's text, `<` to `>` (or to the end of the text when it is never closed). */
  tag: string;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Index of the first character at or after `from` that is not XML white space. */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past `close` found from `from`, or -1 when the text ends first. */
function pastNext(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/**
 * Index just past a `<!DOCTYPE …>` starting at `from`. An internal subset (`[ … ]`) may hold `>`
 * inside its declarations, so it ends at the first `]` followed by optional space and `>`; a DOCTYPE
 * without one ends at its first `>`. Each character is looked at a bounded number of times.
 */
function pastDoctype(text: string, from: number): number {
  const gt = text.indexOf('>', from);
  const open = text.indexOf('[', from);
  if (open < 0 || (gt >= 0 && gt < open)) return gt < 0 ? -1 : gt + 1;
  let i = open + 1;
  for (;;) {
    const close = text.indexOf(']', i);
    if (close < 0) return -1;
    const after = skipSpace(text, close + 1);
    if (text[after] === '>') return after + 1;
    i = close + 1;
  }
}

/** The root element's start tag, or null when something other than prolog comes before an element. */
export function readRootTag(text: string): RootTag | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] !== '<') return null;
    if (text.startsWith('<!--', i)) i = pastNext(text, '-->', i + 4);
    else if (text.startsWith('<?', i)) i = pastNext(text, '?>', i + 2);
    else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') i = pastDoctype(text, i + 9);
    else return readStartTag(text, i);
    if (i < 0) return null;
  }
}

function readStartTag(text: string, at: number): RootTag | null {
  let end = at + 1;
  while (end < text.length && /[\w.:-]/.test(text[end])) end++;
  const name = text.slice(at + 1, end);
  if (!name) return null;
  const gt = text.indexOf('>', end);
  return { name, tag: text.slice(at, gt < 0 ? text.length : gt + 1) };
}
