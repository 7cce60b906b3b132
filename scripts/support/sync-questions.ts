/**
 * `npm run sync -- --source questions [--from D] [--to D] [--house Commons|Lords]` (scripts/sync.ts
 * dispatches here): Parliament's Written Questions API at QUESTIONS_API_URL into Postgres and
 * Meilisearch, with progress on a terminal and a summary at the end. Exit 1 if an item failed.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getEnv } from '../../lib/env';
import { toDayNumber } from '../../lib/search/fields';
import { loadCurrentRegister } from '../../lib/members/current';
import { createQuestionsApiClient } from '../../lib/questions/api-client';
import { resolveWindow, syncQuestions, todayIso } from '../../lib/questions/sync';
import type { Runtime } from '../../lib/runtime';
import { createProgress, fail } from './cli';

const USAGE = 'usage: npm run sync -- --source questions [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--house Commons|Lords]';

const isoDate = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `--${name} must be a date written YYYY-MM-DD`)
    .refine((d) => toDayNumber(d) !== null, `--${name} must be a real date`);
const optionsSchema = z
  .object({
    from: isoDate('from').optional(),
    to: isoDate('to').optional(),
    house: z.enum(['Commons', 'Lords'], { error: '--house must be Commons or Lords' }).optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, '--from must be on or before --to');

export function parseQuestionsSyncArgs(args: string[]): z.infer<typeof optionsSchema> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { source: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, house: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(`sync: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) fail(`sync: ${parsed.error.issues[0].message}\n${USAGE}`, 2);
  return parsed.data;
}

/**
 * Checks the command line (exit 2 when it is wrong) and returns one run against the API, with the
 * runtime scripts/sync.ts opens (the services of a running `npm start`, or its own); the exit code.
 */
export function prepareQuestionsSync(args: string[]): (runtime: Runtime) => Promise<number> {
  const options = parseQuestionsSyncArgs(args);
  return (runtime) => syncWithRuntime(options, runtime);
}

async function syncWithRuntime(options: z.infer<typeof optionsSchema>, runtime: Runtime): Promise<number> {
  const baseUrl = getEnv().QUESTIONS_API_URL;
  const api = createQuestionsApiClient({
    baseUrl,
    onRetry: ({ url, attempt, waitMs, reason }) =>
      console.error(`sync: ${reason} from ${new URL(url).pathname}; retry ${attempt} in ${(waitMs / 1000).toFixed(1)} s`),
  });
  const window = await resolveWindow(runtime.db, options, todayIso());
  const progress = createProgress();
  const started = Date.now();
  console.log(`sync: questions from ${baseUrl}, ${window.from} to ${window.to}${window.house ? `, ${window.house}` : ''}`);
  const summary = await syncQuestions(window, {
    db: runtime.db,
    api,
    search: { client: runtime.search, indexName: runtime.indexName },
    // The register the last sync brought (people.json), else the bundled one: askers and ministers found by their Parliament id.
    register: loadCurrentRegister().index,
    onProgress: ({ phase, day, done, total, stored }) => progress.update(done, total, `${phase} ${day} · ${stored} stored`),
  }).finally(() => progress.done());
  if (summary.resumedFrom) console.log(`sync: resumed an interrupted run at ${summary.resumedFrom.phase} on ${summary.resumedFrom.day}`);
  for (const f of summary.failed) console.error(f.reason);
  for (const item of summary.withoutUin) console.log(`sync: ${item}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `sync: ${summary.listed} items listed in ${seconds}s — ${summary.stored} stored, ${summary.unchanged} unchanged, ${summary.failed.length} failed`,
  );
  if (summary.indexed) console.log(`index: ${summary.indexed.contributions} contributions from ${summary.indexed.documents} documents indexed`);
  if (summary.indexError)
    console.error(
      `index: not updated (${summary.indexError}); the questions are stored and wait for the index — run \`npm run reindex\` once Meilisearch is back`,
    );
  return summary.failed.length ? 1 : 0;
}
