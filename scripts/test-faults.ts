/**
 * `npm run test:faults`: the slow reliability tests in tests/faults/ — kill -9 during ingest,
 * Postgres and Meilisearch outages, 10,000-case parser fuzzing, bad-file folders and a 60 s load
 * test. Each test file starts its own services on this slot's ports (TEST_SLOT), so it may kill
 * them. Builds the app first when its sources changed. Ends with the plain line
 * `faults: N passed, M failed`, after the figures each test recorded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureAppBuilt } from '../tests/faults/support/app';
import { readAllFigures } from '../tests/faults/support/figures';
import { FAULTS_DIR } from '../tests/faults/support/services';
import { ROOT } from '../tests/support/test-services';

const filters = process.argv.slice(2).filter((a) => a !== '--');
rmSync(FAULTS_DIR, { recursive: true, force: true });
mkdirSync(FAULTS_DIR, { recursive: true });
const started = Date.now();
ensureAppBuilt();

const report = path.join(FAULTS_DIR, 'vitest.json');
const run = spawnSync(
  path.join(ROOT, 'node_modules', '.bin', 'vitest'),
  ['run', '--project', 'faults', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...filters],
  {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  },
);

let passed = 0;
let failed = 0;
let crashed = false;
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed = j.numPassedTests;
  // A file whose set-up failed has no failed test, only skipped ones: count it as one failure.
  const brokenFiles = (j.testResults as Array<{ status: string; assertionResults: Array<{ status: string }> }>).filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  failed = j.numFailedTests + brokenFiles;
  crashed = run.status !== 0 && failed === 0;
} else crashed = true;

console.log('\n=== fault figures ===');
for (const [name, figures] of Object.entries(readAllFigures())) console.log(`${name}: ${JSON.stringify(figures)}`);
console.log(`\nfault suite took ${((Date.now() - started) / 1000).toFixed(0)}s${crashed ? '; the runner itself failed' : ''}`);
// The plain closing line CI reads: nothing after the counts.
console.log(`faults: ${passed} passed, ${failed} failed`);
process.exit(failed || crashed || passed === 0 ? 1 : 0);
