/**
 * Which records (and which place in them) a Hansard citation names, among one sitting day's
 * records: matched on bill, volume and column as far as each record holds them. Pure.
 *
 * A column is where a passage is printed: the contributions that start in that column, or, when
 * none does, the one running into it from the column before. Records that hold no column at all
 * (copied pages) cannot be told apart by one, so they are candidates only when no record with
 * columns matches.
 */
import type { DayRecordColumns, ReferenceTarget } from '../db/proxy';

export interface CitationQuery {
  volume: string | null;
  column: number | null;
  /** `PBC Deb (Child Poverty Bill) …`: a bill's name; a bill number ("Bill 13") we cannot check. */
  bill?: string | null;
}

/** The number in a printed column ("483W" → 483, "WA115" → 115, "GC12" → 12), or null. */
export function columnNumber(column: string | null): number | null {
  const m = /(\d+)/.exec(column ?? '');
  return m ? Number(m[1]) : null;
}

const digits = (volume: string) => volume.replace(/\D/g, '');
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A bill named in the citation must be the record's, when both name one; a bare number is no name. */
function sameBill(cited: string | null | undefined, held: string | null): boolean {
  if (!cited || !held || /^bill\s*(no\.?\s*)?\d+$/i.test(cited.trim())) return true;
  return words(cited) === words(held);
}

export function matchCitation(day: DayRecordColumns[], query: CitationQuery): ReferenceTarget[] {
  const records = day.filter((r) => (!query.volume || !r.volume || digits(r.volume) === query.volume) && sameBill(query.bill, r.bill));
  if (query.column === null) return records.map((r) => r.target);
  const wanted = query.column;

  const placed = records.flatMap((r) => r.contributions.map((c) => ({ record: r, contribution: c, n: columnNumber(c.column) })).filter((p) => p.n !== null));
  const exact = placed.filter((p) => p.n === wanted);
  const before = placed.filter((p) => p.n! < wanted);
  const runningInto = before.length ? [before.filter((p) => p.n === Math.max(...before.map((b) => b.n!))).at(-1)!] : [];
  const hits = exact.length ? exact : runningInto;
  // One target per record: its first contribution at that place.
  const byRecord = new Map<string, ReferenceTarget>();
  for (const { record, contribution } of hits) {
    if (!byRecord.has(record.target.recordId)) {
      byRecord.set(record.target.recordId, {
        ...record.target,
        contributionId: contribution.id,
        column: contribution.column,
        speakerName: contribution.speakerName,
      });
    }
  }
  // Records that hold only their first column (no contribution columns): that column must be the one cited.
  for (const r of records) {
    if (r.contributions.some((c) => c.column) || columnNumber(r.target.column) !== wanted) continue;
    byRecord.set(r.target.recordId, r.target);
  }
  if (byRecord.size) return [...byRecord.values()];
  return records.filter((r) => !r.target.column && r.contributions.every((c) => !c.column)).map((r) => r.target);
}
