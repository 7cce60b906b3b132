/**
 * `npm test`: the whole suite — unit (vitest), integration against real Postgres + Meilisearch
 * (vitest), end-to-end in a real Chromium (Playwright) — on services started once, with their own
 * data dir and ports. Ends with the plain line `total: N passed, M failed, K skipped`.
 * `npm test -- unit` (or integration, e2e) runs only those stages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { exportServices, ROOT, startTestServices, TEST_DATA_DIR } from '../tests/support/test-services';

type Counts = { passed: number; failed: number; skipped: number; crashed: boolean };
const STAGES = ['unit', 'integration', 'e2e'] as const;
const wanted = process.argv.slice(2).filter((a) => (STAGES as readonly string[]).includes(a));
const stages = wanted.length ? STAGES.filter((s) => wanted.includes(s)) : [...STAGES];

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const reports = path.join(TEST_DATA_DIR, 'reports');

function runVitest(project: string): Counts {
  const out = path.join(reports, `${project}.json`);
  const r = spawnSync(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    cwd: ROOT,
    env: process.env,
  });
  if (!existsSync(out)) return { passed: 0, failed: 0, skipped: 0, crashed: true };
  const j = JSON.parse(readFileSync(out, 'utf8'));
  return {
    passed: j.numPassedTests,
    failed: j.numFailedTests,
    skipped: j.numPendingTests + (j.numTodoTests ?? 0),
    crashed: r.status !== 0 && j.numFailedTests === 0,
  };
}

function runPlaywright(): Counts {
  const out = path.join(reports, 'e2e.json');
  const r = spawnSync(bin('playwright'), ['test', '--reporter=list,json'], {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: out, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (!existsSync(out)) return { passed: 0, failed: 0, skipped: 0, crashed: true };
  const s = JSON.parse(readFileSync(out, 'utf8')).stats ?? {};
  const failed = (s.unexpected ?? 0) + (s.flaky ?? 0);
  return { passed: s.expected ?? 0, failed, skipped: s.skipped ?? 0, crashed: r.status !== 0 && failed === 0 };
}

const needsServices = stages.some((s) => s !== 'unit');
rmSync(TEST_DATA_DIR, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
let services: Awaited<ReturnType<typeof startTestServices>> | null = null;
try {
  if (needsServices) services = await startTestServices();
} catch (e) {
  console.error(`test: could not start the test services: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
if (services) exportServices(services);

const totals: Counts = { passed: 0, failed: 0, skipped: 0, crashed: false };
try {
  for (const stage of stages) {
    console.log(`\n=== ${stage} tests ===`);
    const c = stage === 'e2e' ? runPlaywright() : runVitest(stage);
    console.log(`${stage}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.crashed ? ' (the runner itself failed)' : ''}`);
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
    totals.crashed ||= c.crashed;
  }
} finally {
  await services?.stop();
}
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed || totals.crashed || totals.passed === 0 ? 1 : 0);
