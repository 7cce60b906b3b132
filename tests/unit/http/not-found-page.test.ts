/**
 * lib/http/not-found-page.ts and the proxy answers built on it that need no data. The e2e suite
 * (tests/e2e/not-found-pages.spec.ts) requests the real addresses with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { notFoundPage, REFERENCE_NOT_FOUND, renderPlainPage, SITTING_DAY_NOT_FOUND } from '@/lib/http/not-found-page';
import { answerRecordPage, answerSpeakerPage } from '@/lib/http/page-existence';
import { answerReferencePage } from '@/lib/http/reference';
import { expectPlainPage } from '../../support/plain-page';

const GO_URL = new URL('https://example.org/go?ref=x');

describe('the 404 pages the proxy answers', () => {
  it('is a 404, uncached, naming the problem with ways on and no scripts', async () => {
    const html = await expectPlainPage(notFoundPage(SITTING_DAY_NOT_FOUND));
    expect(html).toContain('<h1>No records for this day</h1>');
    expect(html).toContain('<a href="/sittings">Browse the days that have records</a>');
    expect(html).toContain('<a href="/search">Search the record</a>');
  });

  it('escapes what it is given', () => {
    const html = renderPlainPage({ title: '<t>', heading: 'a & b', explanation: '"x"', links: [['/a?b=1&c=2', '<l>']] });
    expect(html).toContain('<title>&lt;t&gt; · Hansard Search</title>');
    expect(html).toContain('<h1>a &amp; b</h1>');
    expect(html).toContain('<a href="/a?b=1&amp;c=2">&lt;l&gt;</a>');
  });

  it('/go: 302 for one match, the 404 page for none or no reference, the page for several', async () => {
    const reference = { kind: 'twfy' } as never;
    const one = answerReferencePage({ status: 'one', reference, target: {} as never, href: '/d/aaaaaaaaaaaa' }, GO_URL)!;
    expect(one.status).toBe(302);
    expect(one.headers.get('location')).toBe('https://example.org/d/aaaaaaaaaaaa');
    for (const outcome of [{ status: 'none', reference }, { status: 'not-a-reference' }] as const) {
      const res = answerReferencePage(outcome, GO_URL)!;
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(`<h1>${REFERENCE_NOT_FOUND.heading}</h1>`);
    }
    expect(answerReferencePage({ status: 'several', reference, targets: [], approximate: false }, GO_URL)).toBeNull();
  });

  it('a malformed record id or speaker slug is 404 without asking the database; other paths pass', async () => {
    expect((await answerRecordPage(new URL('http://localhost/d/not-an-id')))?.status).toBe(404);
    expect((await answerSpeakerPage('/speakers/Not%20A%20Slug'))?.status).toBe(404);
    expect(await answerRecordPage(new URL('http://localhost/d/aaaaaaaaaaaa/feed.atom'))).toBeNull();
  });
});
