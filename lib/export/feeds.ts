/**
 * The two Atom feeds: a search, newest first (follow a topic), and one written question (tells
 * a reader when its answer arrives). Pure: data and `now` in, XML out.
 */
import type { RecordView } from '../db/pages';
import { formatDate, KIND_LABELS, questionStatusLabel, TYPE_LABELS } from '../format';
import type { SearchHit } from '../search/run-search';
import type { SearchRequest } from '../search/search-params';
import { buildAtomFeed, latestUpdate, toAtomTime, type AtomEntry } from './atom';

export interface SearchFeedInput {
  /** What the search is, in words ("“trafficking”, speaker Vernon Coaker"). */
  description: string;
  /** `ingestedAt` dates an entry whose record gives no date (Atom requires one; `now` would make it new on every poll). */
  hits: Array<SearchHit & { text: string | null; ingestedAt: string | null }>;
  total: number;
  /** Absolute URLs. */
  self: string;
  alternate: string;
  origin: string;
  now: string;
}

/** Entries newest first, whatever order the hits came in; undated ones last. */
export function buildSearchFeed(input: SearchFeedInput): string {
  const dated = [...input.hits].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const entries: AtomEntry[] = dated.map((h) => ({
    id: `${input.origin}${h.url}`,
    title: `${h.speaker.name ?? TYPE_LABELS[h.type] ?? 'Contribution'} — ${h.record.title}`,
    updated: h.date ? toAtomTime(h.date) : (h.ingestedAt ?? input.now),
    published: h.date ? toAtomTime(h.date) : null,
    link: `${input.origin}${h.url}`,
    author: h.speaker.name,
    categories: [KIND_LABELS[h.record.kind] ?? h.record.kind, ...(h.record.house ? [`House of ${h.record.house}`] : [])],
    content: h.text,
  }));
  return buildAtomFeed({
    id: input.alternate,
    title: `Hansard Search: ${input.description}`,
    subtitle: `Newest first; ${input.total.toLocaleString('en-GB')} contribution${input.total === 1 ? '' : 's'} match.`,
    updated: latestUpdate(entries, input.now),
    self: input.self,
    alternate: input.alternate,
    entries,
  });
}

/** When the question's entry last changed: the answer's date, else when it was tabled. */
export function questionUpdatedAt(record: RecordView): string {
  const q = record.question;
  const date = q?.answered ?? q?.tabled ?? record.date;
  return date ? toAtomTime(date) : record.source.ingestedAt;
}

function questionContent(record: RecordView): string {
  const parts: string[] = [];
  for (const c of record.contributions) {
    const who = c.speaker.name ?? (c.type === 'answer' && record.department ? record.department : null);
    const label = `${TYPE_LABELS[c.type] ?? 'Contribution'}${who ? ` (${who})` : ''}${c.date ? `, ${formatDate(c.date)}` : ''}:`;
    parts.push(`${label}\n${c.text}`);
  }
  if (record.question?.status === 'unanswered') parts.push('Not yet answered.');
  return parts.join('\n\n');
}

/** One entry: the question with its answer; its updated time moves when the answer arrives. */
export function buildQuestionFeed(record: RecordView, origin: string): string {
  const url = `${origin}${record.url}`;
  const status = record.question ? questionStatusLabel(record.question.status).toLowerCase() : null;
  const entry: AtomEntry = {
    id: url,
    title: `${record.title}${status ? ` (${status})` : ''}`,
    updated: questionUpdatedAt(record),
    published: record.question?.tabled ? toAtomTime(record.question.tabled) : null,
    link: url,
    author: record.department,
    categories: [status ?? 'status not given'],
    content: questionContent(record),
  };
  return buildAtomFeed({
    id: `${url}/feed.atom`,
    title: `Written question: ${record.title}`,
    subtitle:
      [record.house ? `House of ${record.house}` : null, record.department, record.reference.uin ? `UIN ${record.reference.uin}` : null]
        .filter(Boolean)
        .join(' · ') || null,
    updated: entry.updated,
    self: `${url}/feed.atom`,
    alternate: url,
    entries: [entry],
  });
}

/** A search in words, for a feed title: “q”, then each filter as given. */
export function describeSearch(request: Pick<SearchRequest, 'q' | 'facets' | 'from' | 'to'>): string {
  const parts: string[] = [];
  if (request.q) parts.push(`“${request.q}”`);
  for (const [facet, values] of Object.entries(request.facets)) if (values.length) parts.push(`${facet} ${values.join(' or ')}`);
  if (request.from) parts.push(`from ${formatDate(request.from)}`);
  if (request.to) parts.push(`to ${formatDate(request.to)}`);
  return parts.join(', ') || 'everything';
}
