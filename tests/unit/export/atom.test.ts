import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, latestUpdate, toAtomTime } from '@/lib/export/atom';
import { el, escapeXml, toXml } from '@/lib/export/xml';

/** feedsmith gives a text construct as { value, type }. */
const textOf = (t: unknown) => (typeof t === 'object' && t !== null && 'value' in t ? (t as { value: string }).value : t);

describe('XML escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
  it('drops characters XML 1.0 forbids, keeps tabs, new lines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\tf\ng\ufffeh\ud83d\ude00i\ud800j')).toBe('abcd\tf\ngh\ud83d\ude00ij');
  });
  it('escapes attribute values and refuses element names that are not names', () => {
    expect(toXml(el('link', { href: 'https://x/?a=1&b="2"' }))).toBe('<link href="https://x/?a=1&amp;b=&quot;2&quot;"/>');
    expect(() => toXml(el('a b'))).toThrow(/element name/);
  });
});

describe('Atom feeds', () => {
  const hostile = '</title><script>alert(1)</script> & ]]>';
  const xml = buildAtomFeed({
    id: 'https://example.org/search?q=trafficking',
    title: `Search: ${hostile}`,
    subtitle: 'Newest first',
    updated: '2007-11-26T00:00:00Z',
    self: 'https://example.org/search.atom?q=trafficking&sort=newest',
    alternate: 'https://example.org/search?q=trafficking',
    entries: [
      {
        id: 'https://example.org/c/abcdefghijkm',
        title: 'Vernon Coaker — People Trafficking',
        updated: '2007-11-26T00:00:00Z',
        published: '2007-11-26T00:00:00Z',
        link: 'https://example.org/c/abcdefghijkm',
        author: 'Vernon Coaker',
        categories: ['Oral answers'],
        content: `Text with ${hostile}`,
      },
      { id: 'https://example.org/c/bcdefghijkmn', title: 'Untitled', updated: '2007-11-25T00:00:00Z', link: 'https://example.org/c/bcdefghijkmn' },
    ],
  });

  it('parses with a real feed parser, data intact', () => {
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe('https://example.org/search?q=trafficking');
    expect(textOf(feed.title)).toBe(`Search: ${hostile}`);
    expect(feed.entries).toHaveLength(2);
    const [first] = feed.entries!;
    expect(textOf(first.title)).toBe('Vernon Coaker — People Trafficking');
    expect(textOf(first.content)).toBe(`Text with ${hostile}`);
    expect(first.authors?.[0]?.name).toBe('Vernon Coaker');
    expect(first.links?.[0]?.href).toBe('https://example.org/c/abcdefghijkm');
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe('https://example.org/search.atom?q=trafficking&sort=newest');
  });

  it('never lets data become markup', () => {
    expect(xml).not.toContain('<script>');
    expect(xml.match(/<title/g)).toHaveLength(3);
  });

  it('gives every entry an author (the site when the record names no one)', () => {
    expect(parseAtomFeed(xml).entries![1].authors?.[0]?.name).toBe('Hansard Search');
  });

  it('dates: midnight UTC for a day; the latest entry updates the feed', () => {
    expect(toAtomTime('2024-10-17')).toBe('2024-10-17T00:00:00Z');
    expect(latestUpdate([{ updated: '2024-10-08T00:00:00Z' }, { updated: '2024-10-17T00:00:00Z' }], 'x')).toBe('2024-10-17T00:00:00Z');
    expect(latestUpdate([], '2000-01-01T00:00:00Z')).toBe('2000-01-01T00:00:00Z');
  });
});
