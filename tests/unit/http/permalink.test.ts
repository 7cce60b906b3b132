/**
 * lib/http/permalink.ts: what an old permalink answers. The integration suite drives these through
 * the proxy and routes on a real database; here the edge cases that need no data.
 */
import { describe, expect, it } from 'vitest';
import { answerPermalinkPage, answerRetiredContribution, gonePage } from '../../../lib/http/permalink';
import { CONTRIBUTION_NOT_FOUND, renderPlainPage } from '../../../lib/http/not-found-page';

const URL_WITH_QUERY = new URL('https://example.org/c/aaaaaaaaaaaa?utm=x&y=1');

describe('answerPermalinkPage (proxy, GET /c/{id})', () => {
  it('301s a moved contribution to its new id, keeping the query', () => {
    const res = answerPermalinkPage({ status: 'moved', to: 'bbbbbbbbbbbb' }, URL_WITH_QUERY)!;
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('https://example.org/c/bbbbbbbbbbbb?utm=x&y=1');
  });

  it('answers 410 with an uncached HTML page linking the record when it still exists', async () => {
    const res = answerPermalinkPage({ status: 'gone', recordId: 'cccccccccccc', recordExists: true }, URL_WITH_QUERY)!;
    expect(res.status).toBe(410);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('<a href="/d/cccccccccccc">Read the record it was part of</a>');
  });

  it('offers no record link when the record went too', async () => {
    const res = answerPermalinkPage({ status: 'gone', recordId: 'cccccccccccc', recordExists: false }, URL_WITH_QUERY)!;
    expect(await res.text()).not.toContain('/d/cccccccccccc');
  });

  it('lets live ids through to the page', () => {
    expect(answerPermalinkPage({ status: 'live' }, URL_WITH_QUERY)).toBeNull();
  });

  it('answers an unknown id with the 404 page itself (a page notFound() has an empty body without scripts)', async () => {
    const res = answerPermalinkPage({ status: 'missing' }, URL_WITH_QUERY)!;
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain(`<h1>${CONTRIBUTION_NOT_FOUND.heading}</h1>`);
  });
});

describe('answerRetiredContribution (JSON API, citation downloads)', () => {
  const req = new Request('http://localhost:3000/c/aaaaaaaaaaaa/cite.bib');
  const movedTo = (id: string) => `/c/${id}/cite.bib`;

  it('301s to the path the route names for the new id', () => {
    const res = answerRetiredContribution({ status: 'moved', to: 'bbbbbbbbbbbb' }, req, movedTo);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('http://localhost:3000/c/bbbbbbbbbbbb/cite.bib');
  });

  it('410 names the record the contribution was part of', async () => {
    const res = answerRetiredContribution({ status: 'gone', recordId: 'cccccccccccc', recordExists: true }, req, movedTo);
    expect(res.status).toBe(410);
    expect(await res.json()).toEqual({ error: 'this contribution was removed when its record was corrected', record: '/d/cccccccccccc' });
  });

  it('404 for an id that never existed', async () => {
    const res = answerRetiredContribution({ status: 'missing' }, req, movedTo);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'no contribution with this id' });
  });
});

describe('the 410 page', () => {
  it('escapes the link it is given', () => {
    expect(renderPlainPage(gonePage('/d/"><script>'))).toContain('href="/d/&quot;&gt;&lt;script&gt;"');
  });
});
