import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, nonceOfPolicy, strictTransportSecurity } from '@/lib/http/security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce only, with no inline or eval in production', () => {
    const nonce = createNonce();
    const policy = contentSecurityPolicy({ nonce });
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    expect(nonceOfPolicy(policy)).toBe(nonce);
    expect(contentSecurityPolicy({ nonce, dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
    expect(nonceOfPolicy(contentSecurityPolicy())).toBeNull();
  });

  it('makes a new nonce each time, in characters nothing escapes', () => {
    const nonces = Array.from({ length: 200 }, createNonce);
    expect(new Set(nonces).size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('strictTransportSecurity', () => {
  it('is sent only when the public origin is https', () => {
    expect(strictTransportSecurity('https://hansard.example.org')).toBe('max-age=31536000');
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
