/** `npm run reindex`: rebuilds the Meilisearch index from Postgres. */
import { rebuildIndex } from '../lib/ingest/index-documents';
import { openRuntime } from '../lib/runtime';
import { runCommand } from './support/cli';

await runCommand('reindex', async () => {
  const runtime = await openRuntime();
  try {
    const started = Date.now();
    const done = await rebuildIndex(runtime.db, runtime.search, runtime.indexName, {
      onProgress: (p) => process.stderr.isTTY && process.stderr.write(`\r\x1b[2Kindexed ${p.contributions} contributions from ${p.documents} documents`),
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    console.log(`reindex: ${done.contributions} contributions from ${done.documents} documents in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    await runtime.close();
  }
});
