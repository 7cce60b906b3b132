/**
 * The one place that runs after every completed sync (the command and `npm start`'s background
 * sync alike), with what the sync brought in. Work that must follow new records — sending due
 * alerts, for instance — hooks in here rather than in the sync itself.
 */
import type { Db } from '../db/client';
import type { SyncSummary } from './run-sync';

export interface AfterSyncContext {
  db: Db;
  summary: SyncSummary;
  log: (line: string) => void;
}

export async function afterSync(context: AfterSyncContext): Promise<void> {
  // Nothing here yet. Alert delivery follows every sync from scripts/sync.ts: it needs the search
  // client, and lib/sync does not import lib/alerts (docs/architecture.md). Kept as the documented
  // hook (docs/decisions/014-sync-from-parldata.md).
  void context;
}
