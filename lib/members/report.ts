/**
 * How well printed speakers resolved to register persons, over everything stored: counts of
 * contributions and of distinct printed names per status, with examples and their reasons.
 * Printed by `npm run ingest` after its summary.
 */
import type { Db } from '../db/client';
import { countResolutionsByName, findResolutionExample } from '../db/store';

export interface ResolutionReport {
  contributions: Record<'resolved' | 'ambiguous' | 'unknown', number>;
  /** Distinct printed names (a name resolved in one place and not another counts in both). */
  speakers: Record<'resolved' | 'ambiguous' | 'unknown', number>;
  /** The printed names left unresolved most often, with one reason each. */
  examples: { status: 'ambiguous' | 'unknown'; name: string; contributions: number; reason: string }[];
}

const STATUSES = ['resolved', 'ambiguous', 'unknown'] as const;

export async function getResolutionReport(db: Db, examplesPerStatus = 5): Promise<ResolutionReport> {
  const groups = await countResolutionsByName(db);
  const report: ResolutionReport = {
    contributions: { resolved: 0, ambiguous: 0, unknown: 0 },
    speakers: { resolved: 0, ambiguous: 0, unknown: 0 },
    examples: [],
  };
  for (const g of groups) {
    const status = g.status as (typeof STATUSES)[number];
    if (!STATUSES.includes(status)) continue;
    report.contributions[status] += g.contributions;
    report.speakers[status]++;
  }
  for (const status of ['ambiguous', 'unknown'] as const) {
    const top = groups
      .filter((g) => g.status === status)
      .sort((a, b) => b.contributions - a.contributions)
      .slice(0, examplesPerStatus);
    for (const g of top) {
      const one = await findResolutionExample(db, g.speakerName, status);
      report.examples.push({ status, name: g.speakerName ?? one?.speakerRef ?? '(no name)', contributions: g.contributions, reason: one?.reason ?? '' });
    }
  }
  return report;
}

/** The report as lines for a terminal. */
export function formatResolutionReport(r: ResolutionReport): string[] {
  const total = STATUSES.reduce((n, s) => n + r.contributions[s], 0);
  if (!total) return ['speakers: no contributions with a printed speaker yet'];
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)} %`;
  const lines = [
    `speakers: ${r.speakers.resolved} printed names resolved to a register person, ${r.speakers.ambiguous} ambiguous, ${r.speakers.unknown} unknown — ` +
      `contributions: ${r.contributions.resolved} resolved (${pct(r.contributions.resolved)}), ${r.contributions.ambiguous} ambiguous, ${r.contributions.unknown} unknown`,
  ];
  for (const e of r.examples) lines.push(`  ${e.status}: ${e.name} (${e.contributions}) — ${e.reason}`);
  return lines;
}
