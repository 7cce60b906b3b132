/**
 * `npm run ingest -- PATH...`: files or folders into Postgres and Meilisearch. Exit 1 if any file
 * failed. Of several versions of one ParlParse day only the latest is stored (older ones give it
 * their gid redirects).
 */
import path from 'node:path';
import { deliverAlertsAfterIngest } from '../lib/alerts/run';
import { ingestPaths } from '../lib/ingest/ingest';
import { loadCurrentRegister } from '../lib/members/current';
import { formatResolutionReport, getResolutionReport } from '../lib/members/report';
import { openRuntime } from '../lib/runtime';
import { createProgress, fail, runCommand } from './support/cli';

await runCommand('ingest', async () => {
  const paths = process.argv.slice(2).filter((a) => a !== '--');
  if (!paths.length) fail('usage: npm run ingest -- PATH... (files or folders of .txt, .html or .xml documents)', 2);
  const runtime = await openRuntime();
  try {
    const progress = createProgress();
    const started = Date.now();
    const summary = await ingestPaths(paths, {
      db: runtime.db,
      search: { client: runtime.search, indexName: runtime.indexName },
      // The register the last `npm run sync` brought, else the bundled one: sync and ingest resolve alike.
      register: loadCurrentRegister().index,
      onFile: ({ file, done, total, outcome }) => {
        if (outcome === 'failed') progress.done();
        progress.update(done, total, path.basename(file));
      },
      onIndexProgress: (p) => progress.update(p.documents, p.documents, `indexing: ${p.contributions} contributions`),
    });
    progress.done();
    for (const f of summary.failed) console.error(f.reason);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `ingest: ${summary.files} files in ${seconds}s — ${summary.stored} stored (${summary.records} records, ${summary.contributions} contributions), ` +
        `${summary.unchanged} unchanged, ${summary.superseded ? `${summary.superseded} superseded versions skipped, ` : ''}${summary.failed.length} failed`,
    );
    for (const line of formatResolutionReport(await getResolutionReport(runtime.db))) console.log(line);
    if (summary.indexed) console.log(`index: ${summary.indexed.contributions} contributions from ${summary.indexed.documents} documents indexed`);
    if (summary.indexError)
      console.error(
        `index: not updated (${summary.indexError}); the documents are stored and wait for the index — run \`npm run reindex\` or the next ingest once Meilisearch is back`,
      );
    await deliverAlertsAfterIngest(runtime);
    if (summary.failed.length) console.error(`failed files:\n${summary.failed.map((f) => `  ${f.file}`).join('\n')}`);
    return summary.failed.length ? 1 : 0;
  } finally {
    await runtime.close();
  }
});
