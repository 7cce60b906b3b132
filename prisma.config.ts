// Prisma 6.19 with the JS schema engine (Wasm) and the pg driver adapter: nothing is downloaded.
// `prisma generate` still wants DATABASE_URL set, so give it a harmless default.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

process.env.DATABASE_URL ??= 'postgresql://hansard:hansard@127.0.0.1:15432/hansard';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL!, idleTimeoutMillis: 50 }),
});
