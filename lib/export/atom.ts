/**
 * Atom 1.0 feeds (RFC 4287), built as data and written by the escaping XML writer. Pure.
 */
import { el, toXmlDocument, type XmlNode } from './xml';

export interface AtomEntry {
  /** A permanent, unique IRI: we use the entry's absolute URL. */
  id: string;
  title: string;
  /** RFC 3339 time the entry last changed in a way readers should notice. */
  updated: string;
  published?: string | null;
  link: string;
  author?: string | null;
  /** Plain text shown by readers; it is escaped, never interpreted as markup. */
  content?: string | null;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | null;
  /** Latest change of any entry; for an empty feed the caller decides. */
  updated: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  entries: AtomEntry[];
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const FEED_AUTHOR = 'Hansard Search';

/** Midnight UTC of a YYYY-MM-DD date, as Atom wants (record dates have no time). */
export function toAtomTime(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : new Date(isoDate).toISOString();
}

/** The latest of the entries' updated times, or `fallback` when there are none. */
export function latestUpdate(entries: Pick<AtomEntry, 'updated'>[], fallback: string): string {
  return entries.reduce((latest, e) => (Date.parse(e.updated) > Date.parse(latest) ? e.updated : latest), entries[0]?.updated ?? fallback);
}

function toEntryNode(entry: AtomEntry): XmlNode {
  return el(
    'entry',
    {},
    el('id', {}, entry.id),
    el('title', { type: 'text' }, entry.title),
    el('updated', {}, entry.updated),
    entry.published ? el('published', {}, entry.published) : null,
    el('link', { rel: 'alternate', type: 'text/html', href: entry.link }),
    el('author', {}, el('name', {}, entry.author || FEED_AUTHOR)),
    ...(entry.categories ?? []).map((term) => el('category', { term })),
    entry.content ? el('content', { type: 'text' }, entry.content) : null,
  );
}

export function buildAtomFeed(feed: AtomFeed): string {
  return toXmlDocument(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en-GB' },
      el('id', {}, feed.id),
      el('title', { type: 'text' }, feed.title),
      feed.subtitle ? el('subtitle', { type: 'text' }, feed.subtitle) : null,
      el('updated', {}, feed.updated),
      el('link', { rel: 'self', type: 'application/atom+xml', href: feed.self }),
      el('link', { rel: 'alternate', type: 'text/html', href: feed.alternate }),
      el('author', {}, el('name', {}, FEED_AUTHOR)),
      el('generator', {}, FEED_AUTHOR),
      el('rights', {}, 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.'),
      ...feed.entries.map(toEntryNode),
    ),
  );
}
