/**
 * The Contribution columns that hold a printed speaker's resolution against the member register:
 * their names (listed once, here), the columns written from a resolution, and what a page reads
 * back from them. The resolution itself is made elsewhere (lib/members); this module only knows
 * its stored shape, so lib/db imports nothing from lib/members.
 */

/** A post the register says someone held on a date, as stored in `resolvedOffices`. */
export interface HeldOffice {
  title: string;
  /** Department or committee, when the register names one more precise than "House of Commons". */
  department: string | null;
  kind: string;
  start: string;
  end: string | null;
  /** A ministerial post: the minister facet counts it. */
  government: boolean;
  /**
   * The register had no end date for it and the date asked about lies after the register's
   * office data stops (its offices-known-until date, MemberRegisterImport.officesKnownUntil): it
   * was still held then, later is not known.
   */
  beyondRegister: boolean;
}

export type ResolutionStatus = 'resolved' | 'ambiguous' | 'unknown';

/** What a resolver says of one printed speaker on one date (lib/members' SpeakerResolution has this shape). */
export interface ResolutionFacts {
  status: ResolutionStatus;
  reason: string;
  personId: string | null;
  name: string | null;
  party: string | null;
  constituency: string | null;
  house: string | null;
  offices: HeldOffice[];
  minister: boolean | null;
}

/** The resolution columns of a Contribution row (prisma/schema.prisma documents each). */
export interface ResolutionColumns {
  personId: string | null;
  resolvedName: string | null;
  resolvedParty: string | null;
  resolvedConstituency: string | null;
  resolvedHouse: string | null;
  /** JSON: HeldOffice[], or null when none. */
  resolvedOffices: HeldOffice[] | null;
  resolvedMinister: boolean | null;
  resolutionStatus: string | null;
  resolutionReason: string | null;
}

/** The column names, in table order: the one list that inserts, selects and comparisons use. */
export const RESOLUTION_COLUMNS = [
  'personId',
  'resolvedName',
  'resolvedParty',
  'resolvedConstituency',
  'resolvedHouse',
  'resolvedOffices',
  'resolvedMinister',
  'resolutionStatus',
  'resolutionReason',
] as const satisfies readonly (keyof ResolutionColumns)[];

/** A resolution → its columns; null (no printed speaker) → all null. */
export function toResolutionColumns(res: ResolutionFacts | null): ResolutionColumns {
  return {
    personId: res?.personId ?? null,
    resolvedName: res?.name ?? null,
    resolvedParty: res?.party ?? null,
    resolvedConstituency: res?.constituency ?? null,
    resolvedHouse: res?.house ?? null,
    resolvedOffices: res?.offices.length ? res.offices.map((o) => ({ ...o })) : null,
    resolvedMinister: res?.minister ?? null,
    resolutionStatus: res?.status ?? null,
    resolutionReason: res?.reason ?? null,
  };
}

/** Do two rows' resolution columns hold the same values? jsonb reorders object keys, so JSON is compared with keys sorted. */
export function sameResolution(a: ResolutionColumns, b: { [K in keyof ResolutionColumns]: unknown }): boolean {
  return RESOLUTION_COLUMNS.every((k) => (k === 'resolvedOffices' ? sameJson(a[k], b[k]) : a[k] === b[k]));
}

function sameJson(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, x]) => [k, norm(x)]),
          )
        : v;
  return JSON.stringify(norm(a ?? null)) === JSON.stringify(norm(b ?? null));
}

/** What the register says of a contribution's speaker on its date, read back from the resolution columns. */
export interface SpeakerRegisterView {
  /** resolved: one person; ambiguous: several fit; unknown: none fits (or the date is missing). */
  status: ResolutionStatus;
  /** How the person was found, or why nobody was. */
  reason: string | null;
  personId: string | null;
  /** The register's name for them on that date. */
  name: string | null;
  house: string | null;
  party: string | null;
  constituency: string | null;
  offices: HeldOffice[];
  /** Held a government post that day per the register; null where its offices do not cover the date. */
  minister: boolean | null;
}

function toStoredOffices(json: unknown): HeldOffice[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((o): o is Record<string, unknown> => !!o && typeof o === 'object' && typeof (o as { title?: unknown }).title === 'string')
    .map((o) => ({
      title: o.title as string,
      department: typeof o.department === 'string' ? o.department : null,
      kind: typeof o.kind === 'string' ? o.kind : 'office',
      start: typeof o.start === 'string' ? o.start : '',
      end: typeof o.end === 'string' ? o.end : null,
      government: o.government === true,
      beyondRegister: o.beyondRegister === true,
    }));
}

/** The register's facts about a contribution's speaker, from its resolution columns; null when nothing was resolved. */
export function toSpeakerRegisterView(c: Omit<ResolutionColumns, 'resolvedOffices'> & { resolvedOffices: unknown }): SpeakerRegisterView | null {
  const status = c.resolutionStatus;
  if (status !== 'resolved' && status !== 'ambiguous' && status !== 'unknown') return null;
  return {
    status,
    reason: c.resolutionReason,
    personId: c.personId,
    name: c.resolvedName,
    house: c.resolvedHouse,
    party: c.resolvedParty,
    constituency: c.resolvedConstituency,
    offices: toStoredOffices(c.resolvedOffices),
    minister: c.resolvedMinister,
  };
}
