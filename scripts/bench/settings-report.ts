/**
 * The settings sweep's output (`npm run bench:settings`): one line per variant on stdout and a
 * markdown table (bench/results/<date>-settings-<size>.md), each variant compared with the first
 * ("before"): bytes, seconds, search latency, and which queries find something else. Pure.
 */
import type { Answer, VariantResult } from './settings-sweep';

export interface SweepReport {
  date: string;
  size: string;
  seed: number;
  machine: { cpus: number; memoryGb: number; node: string };
  contributions: number;
  rounds: number;
  /** The index as `npm run ingest` built it (background passes while storing), with the app's settings. */
  ingested: { bytesPerContribution: number; usedBytesPerContribution: number; seconds: number };
  /** The probes' searches (settings-sweep.ts findProbes), read from the before variant. */
  probes: Array<{ name: string; params: string }>;
  variants: VariantResult[];
}

/** How a variant's answers differ from the baseline's: queries whose total changed or that fail, and top-page overlap. */
export function compareAnswers(baseline: Record<string, Answer>, variant: Record<string, Answer>): { changed: string[]; topOverlap: number | null } {
  const changed: string[] = [];
  let shared = 0;
  let compared = 0;
  for (const [name, base] of Object.entries(baseline)) {
    const mine = variant[name];
    if (!mine || 'error' in base) continue;
    if ('error' in mine) {
      changed.push(`${name}: fails (${mine.error})`);
      continue;
    }
    if (mine.total !== base.total) changed.push(`${name}: ${base.total} → ${mine.total}`);
    const ids = new Set(mine.ids);
    shared += base.ids.filter((id) => ids.has(id)).length;
    compared += base.ids.length;
  }
  return { changed, topOverlap: compared ? Math.round((shared / compared) * 1000) / 10 : null };
}

const ms = (v: VariantResult) => (v.search ? `${v.search.p50} / ${v.search.p95}` : '–');

export function sweepLines(r: SweepReport): string[] {
  const base = r.variants[0];
  return r.variants.map((v) => {
    const { changed, topOverlap } = compareAnswers(base.answers, v.answers);
    return `${v.name}: ${v.bytesPerContribution} bytes per contribution (in use ${v.usedBytesPerContribution}, documents ${v.documentBytesPerContribution}${
      v.compactedBytesPerContribution !== null ? `, compacted ${v.compactedBytesPerContribution}` : ''
    }), indexed in ${v.indexSeconds} s (engine ${v.engineSeconds} s), search p50/p95 ${ms(v)} ms; top-page overlap ${topOverlap ?? '–'}%${
      changed.length ? `; differs: ${changed.join('; ')}` : ''
    }`;
  });
}

export function sweepMarkdown(r: SweepReport): string {
  const base = r.variants[0];
  const rows = r.variants.map((v) => {
    const { changed, topOverlap } = compareAnswers(base.answers, v.answers);
    const delta = v === base ? '' : ` (${signed(v.bytesPerContribution - base.bytesPerContribution)})`;
    return `| ${v.name} | ${v.bytesPerContribution}${delta} | ${v.usedBytesPerContribution} | ${v.documentBytesPerContribution} | ${v.compactedBytesPerContribution ?? '–'} | ${v.indexSeconds} | ${v.engineSeconds} | ${ms(v)} | ${topOverlap ?? '–'}% | ${changed.join('; ') || 'same totals'} |`;
  });
  const queries = Object.keys(base.answers);
  const totals = r.variants.map((v) => `| ${v.name} | ${queries.map((q) => cell(v.answers[q])).join(' | ')} |`);
  return [
    `# Settings sweep ${r.date}, synthetic corpus ${r.size}`,
    '',
    `Machine: ${r.machine.cpus} CPUs, ${r.machine.memoryGb} GB, Node ${r.machine.node} (shared with other work: seconds and milliseconds are noisy, bytes are not). Seed ${r.seed}; ${r.contributions} contributions.`,
    '',
    `As ingested (\`npm run ingest\`'s background passes, the app's settings): ${r.ingested.bytesPerContribution} bytes per contribution (/stats databaseSize; in use ${r.ingested.usedBytesPerContribution}), ingest ${r.ingested.seconds} s.`,
    '',
    'Each variant is built afresh from Postgres as `npm run reindex` builds the index, measured, then deleted. Bytes per contribution: its LMDB file; the pages in use; the stored documents; the index inside a snapshot (compacted). Index s: wall time of the rebuild; engine s: Meilisearch batch durations. Search: every query of bench/queries.json with every facet counted, ' +
      `${r.rounds} rounds. Overlap: share of the before variant's first-page hits also on the variant's first page, over the queries and probes.`,
    '',
    '| variant | bytes | in use | documents | compacted | index s | engine s | search p50 / p95 ms | top-page overlap | totals vs before |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'What each variant changes:',
    '',
    ...r.variants.map((v) => `- **${v.name}**: ${v.change}`),
    '',
    '## Totals per query and probe',
    '',
    `Probes: ${r.probes.map((p) => `${p.name.replace(/^probe: /, '')} \`${p.params}\``).join(', ')}.`,
    '',
    `| variant | ${queries.join(' | ')} |`,
    `| --- | ${queries.map(() => '---').join(' | ')} |`,
    ...totals,
    '',
  ].join('\n');
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const cell = (a: Answer | undefined) => (!a ? '–' : 'error' in a ? 'fails' : String(a.total));
