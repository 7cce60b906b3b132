/**
 * A trends result as what the page draws: one panel (chart + table) for all terms, or one per term
 * with a line per party when split. Pure.
 */
import type { TrendPoint, TrendsResult } from '@/lib/search/trends';

export type TrendSeries = { label: string; points: TrendPoint[] };
export type TrendPanel = { title: string; periods: string[]; series: TrendSeries[] };

export function toTrendPanels(result: TrendsResult): TrendPanel[] {
  const periods = result.periods.map((p) => p.key);
  const pick = (term: string, party: string | null) => result.points.filter((p) => p.term === term && p.party === party);
  if (!result.parties) {
    return [
      {
        title: `Mentions per 10,000 contributions, per ${result.granularity}`,
        periods,
        series: result.terms.map((t) => ({ label: t, points: pick(t, null) })),
      },
    ];
  }
  const parties = result.parties;
  return result.terms.map((term) => ({
    title: `“${term}”: mentions per 10,000 contributions of each party, per ${result.granularity}`,
    periods,
    series: parties.map((party) => ({ label: party, points: pick(term, party) })),
  }));
}

/** Colours with at least 3:1 contrast on white, each with its own dash pattern so colour is never the only cue. */
export const SERIES_STYLES = [
  { stroke: '#0b5fa5', dash: undefined },
  { stroke: '#b33c00', dash: '8 4' },
  { stroke: '#00734f', dash: '2 3' },
  { stroke: '#8e3b7a', dash: '10 3 2 3' },
  { stroke: '#5c5c00', dash: '4 2' },
] as const;
