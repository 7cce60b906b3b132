/**
 * Calendar dates as the app stores and shows them: YYYY-MM-DD, read in UTC. One definition below
 * both lib/db (view models) and lib/search (indexed documents).
 */

/** A Postgres `date` (a Date at UTC midnight) → YYYY-MM-DD; null stays null. */
export function toIsoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** YYYY-MM-DD → the Date at UTC midnight that Postgres and Prisma use for a `date`; null stays null. */
export function fromIsoDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}
