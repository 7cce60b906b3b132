import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { RecordView } from '@/lib/db/pages';
import { buildQuestionFeed, buildSearchFeed, describeSearch, questionUpdatedAt } from '@/lib/export/feeds';
import { emptySearchRequest } from '@/lib/search/search-params';

function writtenQuestion(question: RecordView['question'], answered: boolean): RecordView {
  const contribution = (id: string, type: string, text: string, date: string | null) => ({
    id,
    url: `/c/${id}`,
    position: type === 'question' ? 0 : 1,
    type,
    date,
    time: null,
    text,
    speaker: { name: null, slug: null, role: null, party: null, constituency: null },
    answers: [],
    answeredBy: [],
    sourceId: null,
    column: null,
    languages: null,
  });
  return {
    id: 'rec000000000',
    url: '/d/rec000000000',
    title: 'Human Trafficking: Prostitution',
    kind: 'written-question',
    house: 'Commons',
    date: question?.answered ?? question?.tabled ?? null,
    department: 'Home Office',
    venue: 'written-answers',
    bill: null,
    reference: { uin: '7814', volume: null, column: null },
    warnings: [],
    flags: [],
    question,
    statement: null,
    division: null,
    sourceUrl: null,
    source: { fileName: 'x.txt', format: 'written-question', ingestedAt: '2024-10-20T09:00:00.000Z', documentId: 'doc000000000' },
    contributions: [
      contribution('q00000000000', 'question', 'To ask the Secretary of State <b>&</b> …', '2024-10-08'),
      ...(answered ? [contribution('a00000000000', 'answer', 'The trafficking of women and girls …', '2024-10-17')] : []),
    ],
  };
}

describe('written question feed', () => {
  const before = writtenQuestion({ status: 'unanswered', tabled: '2024-10-08', answered: null }, false);
  const after = writtenQuestion({ status: 'answered', tabled: '2024-10-08', answered: '2024-10-17' }, true);

  it('is one entry whose updated time moves when the answer arrives', () => {
    const a = parseAtomFeed(buildQuestionFeed(before, 'https://example.org'));
    const b = parseAtomFeed(buildQuestionFeed(after, 'https://example.org'));
    expect(a.entries).toHaveLength(1);
    expect(b.entries).toHaveLength(1);
    expect(a.entries![0].id).toBe(b.entries![0].id);
    expect(a.entries![0].updated).toBe('2024-10-08T00:00:00Z');
    expect(b.entries![0].updated).toBe('2024-10-17T00:00:00Z');
    expect(b.updated).toBe('2024-10-17T00:00:00Z');
  });

  it('holds the question and its answer, and says the status', () => {
    const entry = parseAtomFeed(buildQuestionFeed(after, 'https://example.org')).entries![0];
    const content = (entry.content as { value: string }).value;
    expect(content).toContain('To ask the Secretary of State <b>&</b>');
    expect(content).toContain('Answer (Home Office), 17 October 2024:\nThe trafficking of women');
    expect((entry.title as { value: string }).value).toBe('Human Trafficking: Prostitution (answered)');
    const open = parseAtomFeed(buildQuestionFeed(before, 'https://example.org')).entries![0];
    expect((open.content as { value: string }).value).toContain('Not yet answered.');
  });

  it('falls back to the ingest time when the source gives no date at all', () => {
    expect(questionUpdatedAt({ ...writtenQuestion(null, false), date: null })).toBe('2024-10-20T09:00:00.000Z');
  });
});

describe('search description', () => {
  it('names the words and each filter', () => {
    const request = { ...emptySearchRequest(), q: 'trafficking', from: '2007-01-01' };
    request.facets = { ...request.facets, speaker: ['Vernon Coaker', 'Phyllis Starkey'] };
    expect(describeSearch(request)).toBe('“trafficking”, speaker Vernon Coaker or Phyllis Starkey, from 1 January 2007');
    expect(describeSearch(emptySearchRequest())).toBe('everything');
  });
});

describe('search feed', () => {
  const hit = (id: string, date: string | null) => ({
    id,
    url: `/c/${id}`,
    record: { id: 'rec000000000', url: '/d/rec000000000', title: 'Title & <more>', kind: 'debate', house: 'Lords' },
    date,
    type: 'speech',
    speaker: { name: null, role: null, party: null, constituency: null },
    snippet: '',
    text: `Said on ${date}`,
    ingestedAt: '2026-01-02T03:04:05.000Z',
  });
  const xml = buildSearchFeed({
    description: '“x”',
    hits: [hit('a', '2007-11-26'), hit('b', null), hit('c', '2025-02-24')],
    total: 3,
    self: 'https://example.org/search.atom?q=x',
    alternate: 'https://example.org/search?q=x',
    origin: 'https://example.org',
    now: '2030-01-01T00:00:00Z',
  });
  const feed = parseAtomFeed(xml);

  it('orders entries newest first, undated last, dated by their document’s ingest (never by the clock)', () => {
    expect(feed.entries!.map((e) => e.id)).toEqual(['https://example.org/c/c', 'https://example.org/c/a', 'https://example.org/c/b']);
    expect(feed.entries![2].updated).toBe('2026-01-02T03:04:05.000Z');
    expect(xml).not.toContain('2030-01-01');
  });

  it('titles an unnamed speaker by the kind of contribution', () => {
    expect((feed.entries![0].title as { value: string }).value).toBe('Speech — Title & <more>');
  });
});
