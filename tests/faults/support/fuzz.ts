/**
 * Runs mutated inputs through parseDocument and collects what breaks the promise: only a
 * DocumentParseError may escape, every record is valid against the shared zod schema, and no
 * mutated document costs more than MAX_COST_RATIO times what its unmutated input(s) cost in the
 * same run (per byte when it grew: tests/support/parse-cost.ts) — a machine-independent check for
 * super-linear paths. "The parser produced an invalid record" is parseDocument's own guard turning
 * a parser bug into a DocumentParseError, so it counts as a failure here, not a refusal.
 */
import { parseDocument } from '../../../lib/parse';
import { DocumentParseError, parsedRecordSchema } from '../../../lib/parse/record';
import { costRatio, cpuMs, MAX_COST_RATIO, measureCost, measureRatio, type ParseCost } from '../../support/parse-cost';
import { loadFuzzInputs, mutateCase, type FuzzInput } from './mutate';

export interface FuzzFailure {
  seed: number;
  input: string;
  problem: string;
}

export interface FuzzReport {
  cases: number;
  parsed: number;
  refused: number;
  records: number;
  /** The case that cost the most relative to its unmutated input(s). */
  worst: { ratio: number; seed: number; input: string; bytes: number; ms: number };
  /** The case that cost the most CPU time: a figure, not a check. */
  slowest: { ms: number; seed: number; input: string; bytes: number };
  failures: FuzzFailure[];
}

function parseQuietly(bytes: Uint8Array, fileName: string): void {
  try {
    parseDocument(bytes, { fileName });
  } catch (e) {
    if (!(e instanceof DocumentParseError)) throw e;
  }
}

/** Each input's unmutated cost, measured now (best of five). */
function measureBaselines(inputs: FuzzInput[]): Map<FuzzInput, ParseCost> {
  const baselines = new Map<FuzzInput, ParseCost>();
  for (const input of inputs) {
    const bytes = Buffer.from(input.text, 'utf8');
    baselines.set(
      input,
      measureCost(bytes.length, () => parseQuietly(bytes, input.name)),
    );
  }
  return baselines;
}

export function runParserFuzz(cases: number, firstSeed: number, maxRatio = MAX_COST_RATIO): FuzzReport {
  const inputs = loadFuzzInputs();
  const baselines = measureBaselines(inputs);
  const report: FuzzReport = {
    cases: 0,
    parsed: 0,
    refused: 0,
    records: 0,
    worst: { ratio: 0, seed: -1, input: '', bytes: 0, ms: 0 },
    slowest: { ms: 0, seed: -1, input: '', bytes: 0 },
    failures: [],
  };
  for (let seed = firstSeed; seed < firstSeed + cases; seed++) {
    const c = mutateCase(inputs, seed);
    const fileName = `fuzz-${seed}-${c.input}`;
    const fail = (problem: string) => report.failures.push({ seed, input: c.input, problem });
    report.cases++;
    let doc: ReturnType<typeof parseDocument> | undefined;
    let error: unknown;
    let ms = cpuMs(() => {
      try {
        doc = parseDocument(c.bytes, { fileName });
      } catch (e) {
        error = e;
      }
    });
    if (doc) {
      report.parsed++;
      for (const record of doc.records) {
        report.records++;
        const checked = parsedRecordSchema.safeParse(record);
        if (!checked.success) fail(`invalid record: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
      }
    } else if (!(error instanceof DocumentParseError)) fail(`uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    else if (/produced an invalid record/.test(error.message)) fail(error.message);
    else report.refused++;

    const sources = c.sources.map((s) => baselines.get(s)!);
    const bytes = c.bytes.length;
    // Well over its usual cost (a few times its baseline): parse again and keep the best, so that
    // neither the check nor the worst figure reports noise.
    const retryAbove = maxRatio / 4;
    if (costRatio(ms, bytes, sources) > retryAbove) ms = Math.min(ms, measureRatio(() => parseQuietly(c.bytes, fileName), bytes, sources, retryAbove).ms);
    const ratio = costRatio(ms, bytes, sources);
    if (ratio > report.worst.ratio) report.worst = { ratio, seed, input: c.input, bytes, ms };
    if (ms > report.slowest.ms) report.slowest = { ms, seed, input: c.input, bytes };
    if (ratio > maxRatio) fail(`cost ${ratio.toFixed(1)}× its unmutated input (${ms.toFixed(0)} ms for ${(bytes / 1e6).toFixed(2)} MB; allowed ${maxRatio}×)`);
  }
  return report;
}

export function describeFuzz(r: FuzzReport): string {
  const w = r.worst;
  const s = r.slowest;
  return (
    `${r.cases} cases: ${r.parsed} parsed (${r.records} records), ${r.refused} refused with DocumentParseError, ` +
    `worst ${w.ratio.toFixed(1)}× its unmutated cost (seed ${w.seed}, ${w.input}, ${(w.bytes / 1e6).toFixed(2)} MB, ${w.ms.toFixed(0)} ms), ` +
    `slowest ${s.ms.toFixed(0)} ms (seed ${s.seed}, ${s.input}, ${(s.bytes / 1e6).toFixed(2)} MB), ${r.failures.length} failures`
  );
}
