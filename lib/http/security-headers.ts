/**
 * The security headers of every answer, in one place: the Content-Security-Policy (per response,
 * with a nonce: proxy.ts sets it, Next.js puts the nonce on its own scripts, and the search-page
 * cache gives a replayed page a fresh one), the cross-origin isolation headers, and HSTS when the
 * site is served over https. next.config.ts sets the constant ones; scripts/serve.ts adds HSTS.
 */

/**
 * 16 random bytes, base64url without padding: unguessable, accepted by CSP and Next.js's nonce
 * parser, and the same text in HTML, JSON and JavaScript strings (no character any of them escapes),
 * so the page cache can find and replace it.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/**
 * The policy for a page rendered with `nonce`. Scripts run only when they carry the nonce, or when
 * a script that does loads them ('strict-dynamic': Next.js's chunks); no inline script otherwise.
 * Without a nonce (static files, which never run as pages), no script source but our own files.
 * Styles keep 'unsafe-inline': React writes style attributes, and a style cannot run code.
 * `dev` allows eval, which `next dev`'s React refresh needs.
 */
export function contentSecurityPolicy(o: { nonce?: string; dev?: boolean } = {}): string {
  const scripts = o.nonce ? `'nonce-${o.nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${o.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The script nonce a policy allows, or null (the same reading as Next.js's: the script-src directive). */
export function nonceOfPolicy(policy: string): string | null {
  const scriptSrc = policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '));
  for (const source of scriptSrc?.split(/\s+/) ?? []) {
    if (source.startsWith("'nonce-") && source.endsWith("'")) return source.slice(7, -1);
  }
  return null;
}

/**
 * Headers every answer carries, pages, API and static files alike (next.config.ts). A window we
 * open shares no browsing context with another site's (COOP), and no other site may load our
 * answers as its images or scripts (CORP); the API stays readable by fetch, which CORP does not govern.
 */
export const CONSTANT_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** One year, the usual HSTS lifetime; no `preload` (that is a decision for whoever owns the domain). */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * Strict-Transport-Security when the public origin (SITE_URL) is https, else null: sent over plain
 * http (a local run) it would be wrong, and browsers ignore it there anyway.
 */
export function strictTransportSecurity(siteUrl: string | undefined): string | null {
  return siteUrl?.startsWith('https://') ? `max-age=${HSTS_MAX_AGE_SECONDS}` : null;
}
