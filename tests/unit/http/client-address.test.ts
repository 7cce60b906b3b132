import { describe, expect, it } from 'vitest';
import { normaliseAddress, rateLimitKeyOf, resolveClientAddress, stampClientAddress, UNKNOWN_CLIENT } from '@/lib/http/client-address';

describe('the client address', () => {
  it('is the socket’s when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('::ffff:192.0.2.7', '198.51.100.1', undefined)).toBe('192.0.2.7');
    expect(resolveClientAddress(undefined, '198.51.100.1', undefined)).toBe(UNKNOWN_CLIENT);
  });

  it('is the Nth entry from the right with TRUST_PROXY=N, across repeated headers', () => {
    expect(resolveClientAddress('10.0.0.1', 'forged, 198.51.100.1, 203.0.113.5', 1)).toBe('203.0.113.5');
    expect(resolveClientAddress('10.0.0.1', ['forged, 198.51.100.1', '203.0.113.5'], 2)).toBe('198.51.100.1');
  });

  it('falls back to the socket when the chain is shorter than the proxies trusted, or the entry is no address', () => {
    expect(resolveClientAddress('10.0.0.1', '203.0.113.5', 2)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', undefined, 1)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', '198.51.100.1, not-an-ip', 1)).toBe('10.0.0.1');
  });

  it('reads bracketed and mapped spellings as one address', () => {
    expect(normaliseAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normaliseAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseAddress('192.0.2.1, 1.2.3.4')).toBeNull();
  });

  it('counts IPv6 by /64 and IPv4 by address', () => {
    expect(rateLimitKeyOf('2001:db8:1:2:aaaa::1')).toBe(rateLimitKeyOf('2001:db8:1:2:ffff:1:2:3'));
    expect(rateLimitKeyOf('2001:db8:1:2::1')).not.toBe(rateLimitKeyOf('2001:db8:1:3::1'));
    expect(rateLimitKeyOf('192.0.2.1')).toBe('192.0.2.1');
  });

  it('is stamped over any header of our family a client sent', () => {
    const req = {
      headers: { 'x-client-address-aaaa': '1.1.1.1', 'x-client-address-bbbb': '2.2.2.2', 'x-forwarded-for': '3.3.3.3' },
      socket: { remoteAddress: '192.0.2.9' },
    };
    stampClientAddress(req, 'x-client-address-bbbb', undefined);
    expect(req.headers).toEqual({ 'x-client-address-bbbb': '192.0.2.9', 'x-forwarded-for': '3.3.3.3' });
  });
});
