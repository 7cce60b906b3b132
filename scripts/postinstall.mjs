// Generates the Prisma client after install. Offline-safe: the generator uses the Wasm query
// compiler (engineType = "client"), and prisma.config.ts gives DATABASE_URL a default.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
if (result.status !== 0) {
  console.error('postinstall: `prisma generate` failed; run `npx prisma generate` to see why');
  process.exit(result.status ?? 1);
}
