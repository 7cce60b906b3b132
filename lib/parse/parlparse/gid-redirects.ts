/**
 * `<gidredirect oldgid="…" newgid="…" matchtype="…"/>` entries of a ParlParse day file. When a day
 * is re-published, parlparse rewrites the previous version (`latest="no"`) with one such entry per
 * speech or heading whose id changed, so links to the old id can follow it. Pure: text in, pairs
 * out; gids are ASCII, so any 8-bit decoding of the file will do.
 */

export interface GidRedirect {
  oldGid: string;
  newGid: string;
}

const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(attrs)?.[2]?.trim() || null;

/** The attribute text of each `<gidredirect …>`, found with indexOf: one pass, however the file is damaged. */
function* redirectTags(text: string): Generator<string> {
  const open = '<gidredirect';
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at)) {
    const start = at + open.length;
    const end = text.indexOf('>', start);
    if (end < 0) return; // no tag closes after this one, so neither does any later one
    if (!/[\w.:-]/.test(text[start] ?? '')) yield text.slice(start, end);
    at = end + 1;
  }
}

export function readGidRedirects(text: string): GidRedirect[] {
  const redirects: GidRedirect[] = [];
  for (const attrs of redirectTags(text)) {
    const oldGid = attribute(attrs, 'oldgid');
    const newGid = attribute(attrs, 'newgid');
    if (oldGid && newGid && oldGid !== newGid) redirects.push({ oldGid, newGid });
  }
  return redirects;
}
