/** lib/http/origin.ts: the origin put in citations, feeds and exports, from request headers. */
import { describe, expect, it } from 'vitest';
import { originFromHeaders, originFromRequest } from '../../../lib/http/origin';

const headers = (h: Record<string, string>) => new Headers(h);

describe('originFromHeaders', () => {
  it('prefers a reverse proxy’s forwarded host and protocol (the first of a list)', () => {
    expect(originFromHeaders(headers({ host: 'internal:3000', 'x-forwarded-host': 'hansard.example, proxy2', 'x-forwarded-proto': 'https, http' }))).toBe(
      'https://hansard.example',
    );
  });

  it('takes the Host header and plain http when nothing is forwarded', () => {
    expect(originFromHeaders(headers({ host: '127.0.0.1:4003' }))).toBe('http://127.0.0.1:4003');
    expect(originFromHeaders(headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });

  it('never puts a forged host or protocol into links', () => {
    expect(originFromHeaders(headers({ host: 'evil.example/"><script>' }), 'http://fallback')).toBe('http://fallback');
    expect(originFromHeaders(headers({ host: 'ok.example', 'x-forwarded-proto': 'javascript' }))).toBe('http://ok.example');
    expect(originFromHeaders(headers({}), 'http://fallback')).toBe('http://fallback');
  });
});

describe('originFromRequest', () => {
  it('falls back to the request URL’s origin', () => {
    expect(originFromRequest(new Request('http://localhost:3107/api/openapi.json', { headers: { host: 'bad host' } }))).toBe('http://localhost:3107');
  });
});
