/**
 * Runs mutated inputs through parseDocument and collects what breaks the promise: only a
 * DocumentParseError may escape, each document within a second (larger ones at no less than
 * MIN_MB_PER_SECOND), and every record valid against
 * the shared zod schema. "The parser produced an invalid record" is parseDocument's own guard
 * turning a parser bug into a DocumentParseError, so it counts as a failure here, not a refusal.
 */
import { parseDocument } from '../../../lib/parse';
import { DocumentParseError, parsedRecordSchema } from '../../../lib/parse/record';
import { loadFuzzInputs, mutateCase } from './mutate';

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
  slowestMs: number;
  slowestSeed: number;
  failures: FuzzFailure[];
}

/**
 * The floor for documents too big to parse in a second at all: some mutations inflate a real day
 * file to 12+ MB, which the linear parser reads at ~15 MB/s (0.8–1.0 s of CPU, so a fixed second
 * failed at random). A super-linear blow-up, what this bound is for, still misses it by far.
 */
export const MIN_MB_PER_SECOND = 5;

export function runParserFuzz(cases: number, firstSeed: number, limitMs = 1000): FuzzReport {
  const inputs = loadFuzzInputs();
  const report: FuzzReport = { cases: 0, parsed: 0, refused: 0, records: 0, slowestMs: 0, slowestSeed: -1, failures: [] };
  for (let seed = firstSeed; seed < firstSeed + cases; seed++) {
    const c = mutateCase(inputs, seed);
    const fail = (problem: string) => report.failures.push({ seed, input: c.input, problem });
    report.cases++;
    // CPU time of this process, not wall time: "never over a second per document" is the parser's
    // cost, and must not fail because other processes share the two cores.
    const started = process.cpuUsage();
    try {
      const doc = parseDocument(c.bytes, { fileName: `fuzz-${seed}-${c.input}` });
      report.parsed++;
      for (const record of doc.records) {
        report.records++;
        const checked = parsedRecordSchema.safeParse(record);
        if (!checked.success) fail(`invalid record: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
      }
    } catch (e) {
      if (!(e instanceof DocumentParseError)) fail(`uncaught ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      else if (/produced an invalid record/.test(e.message)) fail(e.message);
      else report.refused++;
    }
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestSeed = seed;
    }
    const allowedMs = Math.max(limitMs, (c.bytes.length / 1e6 / MIN_MB_PER_SECOND) * 1000);
    if (ms > allowedMs) fail(`took ${ms.toFixed(0)} ms for ${(c.bytes.length / 1e6).toFixed(1)} MB (allowed ${allowedMs.toFixed(0)} ms)`);
  }
  return report;
}

export function describeFuzz(r: FuzzReport): string {
  return `${r.cases} cases: ${r.parsed} parsed (${r.records} records), ${r.refused} refused with DocumentParseError, slowest ${r.slowestMs.toFixed(0)} ms (seed ${r.slowestSeed}), ${r.failures.length} failures`;
}
