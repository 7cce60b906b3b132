/**
 * Calendar dates as the app shows them: YYYY-MM-DD, read in UTC. One definition below lib/db
 * (view models) and everything above it.
 */

/** A Postgres `date` (a Date at UTC midnight) → YYYY-MM-DD; null stays null. */
export function toIsoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
