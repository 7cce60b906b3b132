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

const REDIRECT_TAG = /<gidredirect\b([^>]*)>/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(attrs)?.[2]?.trim() || null;

export function readGidRedirects(text: string): GidRedirect[] {
  const redirects: GidRedirect[] = [];
  for (const match of text.matchAll(REDIRECT_TAG)) {
    const oldGid = attribute(match[1], 'oldgid');
    const newGid = attribute(match[1], 'newgid');
    if (oldGid && newGid && oldGid !== newGid) redirects.push({ oldGid, newGid });
  }
  return redirects;
}
