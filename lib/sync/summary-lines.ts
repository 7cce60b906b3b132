/** The closing lines of a sync, in words (the command and `npm start`'s background sync print them). Pure. */
import type { SyncSummary } from './run-sync';

export function formatSyncSummary(s: SyncSummary, seconds: number, dryRun = false): string[] {
  const lines: string[] = [];
  if (dryRun) {
    lines.push(
      `sync: dry run — ${s.listed} day files listed, ${s.selected} selected (${s.days} days), ${s.toFetch} new or changed (${(s.toFetchBytes / 1e6).toFixed(1)} MB); nothing transferred or stored`,
    );
    return lines;
  }
  lines.push(
    `sync: ${s.selected} day files selected (${s.days} days) in ${seconds.toFixed(1)}s — fetched ${s.fetched} (${(s.fetchedBytes / 1e6).toFixed(1)} MB), ` +
      `ingested ${s.ingested} (${s.contributions} contributions), unchanged ${s.unchanged}, older versions ${s.superseded}, redirected ${s.redirected}, failed ${s.failed.length}`,
  );
  if (s.register) {
    lines.push(
      `register: ${s.register.status === 'unchanged' ? 'unchanged' : 'imported'} from ${s.register.source} — ${s.register.persons} persons, data to ${s.register.dataTo ?? 'an unknown date'}${s.register.reresolved ? `, ${s.register.reresolved} stored contributions re-resolved` : ''}${s.register.skipped.length ? `, ${s.register.skipped.length} entries skipped` : ''}${s.register.withoutMinistersJson ? '; no ministers.json in the source, so no 1997-2010 posts' : ''}`,
    );
  }
  return lines;
}
