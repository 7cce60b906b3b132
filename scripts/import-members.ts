/**
 * `npm run import:members -- [FILE] [--force]`: loads a member register (default: the bundled
 * lib/members/data/register.json) into Postgres, then re-resolves stored contributions against it
 * and marks the documents whose resolution changed for re-indexing. Running it twice with the same
 * file changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countPendingDocuments } from '../lib/db/store';
import { indexPendingDocuments } from '../lib/ingest/index-documents';
import { buildRegisterIndex, checkRegisterJson, DEFAULT_REGISTER_PATH, MemberRegisterError } from '../lib/members';
import { importRegister, reresolveContributions } from '../lib/members/import';
import { openRuntime } from '../lib/runtime';
import { fail, runCommand } from './support/cli';

await runCommand('import:members', async () => {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const force = args.includes('--force');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length > 1) fail('usage: npm run import:members -- [FILE] [--force]', 2);
  const file = path.resolve(files[0] ?? DEFAULT_REGISTER_PATH);

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`${file}: cannot read the member register (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let register;
  try {
    register = checkRegisterJson(JSON.parse(bytes.toString('utf8')), file);
  } catch (e) {
    fail(e instanceof MemberRegisterError ? e.message : `${file}: the member register is not valid JSON`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const runtime = await openRuntime();
  try {
    const started = Date.now();
    const imported = await importRegister(runtime.db, register, { path: file, sha256, force });
    const c = imported.counts;
    console.log(
      `import:members: ${file} ${imported.status === 'unchanged' ? 'is already imported' : 'imported'} — ${c.persons} persons, ${c.names} name forms, ${c.memberships} memberships, ${c.offices} offices`,
    );
    const again = await reresolveContributions(runtime.db, buildRegisterIndex(register, file));
    console.log(
      `import:members: ${again.contributions} stored contributions checked, ${again.changed} re-resolved (${again.documents} documents wait for the index) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    if (again.documents || (await countPendingDocuments(runtime.db))) {
      try {
        const done = await indexPendingDocuments(runtime.db, runtime.search, runtime.indexName);
        console.log(`index: ${done.contributions} contributions from ${done.documents} documents indexed`);
      } catch (e) {
        console.error(`index: not updated (${e instanceof Error ? e.message : String(e)}); run \`npm run reindex\` once Meilisearch is back`);
      }
    }
    if (file !== DEFAULT_REGISTER_PATH) {
      console.log(
        `note: ingest resolves new documents against the register the last \`npm run sync\` wrote, else the bundled one (${path.relative(process.cwd(), DEFAULT_REGISTER_PATH)}); to make this file the default, rebuild it: npx tsx scripts/build-member-data.ts ${file}`,
      );
    }
    return 0;
  } finally {
    await runtime.close();
  }
});
