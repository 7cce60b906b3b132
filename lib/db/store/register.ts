/**
 * The member register's tables (Person, PersonName, Membership, Office, MemberRegisterImport):
 * which register file is loaded, and replacing it whole. lib/members/import.ts turns a register
 * file into these rows.
 */
import type { Db } from '../client';
import type { Prisma } from '../generated/client';

export interface RegisterRows {
  /** `identifiers`: the register's map of other ids (datadotparl_id, wikidata…), stored as JSON. */
  persons: Array<Omit<Prisma.PersonCreateManyInput, 'identifiers'> & { identifiers?: Record<string, unknown> }>;
  names: Prisma.PersonNameCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  offices: Prisma.OfficeCreateManyInput[];
}

export interface RegisterSource {
  /** The file it was read from. */
  source: string;
  sha256: string;
  counts: { persons: number; names: number; memberships: number; offices: number };
  /** How far its open posts are known to be held (YYYY-MM-DD); null when the register does not say. */
  officesKnownUntil: string | null;
}

/** The single MemberRegisterImport row. */
export const REGISTER_ROW_ID = 'current';

/** Rows per createMany: one statement per table would carry tens of thousands of rows. */
const ROWS_PER_INSERT = 5000;

/** The loaded register's sha256, its person count and how far its posts are known held; null when none was ever imported. */
export async function getLoadedRegister(db: Db): Promise<{ sha256: string; persons: number; officesKnownUntil: string | null } | null> {
  const current = await db.memberRegisterImport.findUnique({ where: { id: REGISTER_ROW_ID } });
  return current ? { sha256: current.sha256, persons: await db.person.count(), officesKnownUntil: current.officesKnownUntil } : null;
}

/**
 * Records how far the loaded register's posts are known held, rows untouched: for the same file
 * imported before that was stored (its sha256 unchanged, so nothing else needs replacing).
 */
export async function setRegisterOfficesKnownUntil(db: Db, officesKnownUntil: string | null): Promise<void> {
  await db.memberRegisterImport.update({ where: { id: REGISTER_ROW_ID }, data: { officesKnownUntil } });
}

/** Replaces every Person row (and, by cascade, their names, seats and offices) and records the source, in one transaction. */
export async function replaceRegister(db: Db, rows: RegisterRows, loaded: RegisterSource): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.person.deleteMany({});
      for (const [model, data] of [
        ['person', rows.persons],
        ['personName', rows.names],
        ['membership', rows.memberships],
        ['office', rows.offices],
      ] as const) {
        for (let i = 0; i < data.length; i += ROWS_PER_INSERT) {
          // biome-ignore lint/suspicious/noExplicitAny: one loop over four delegates of the same shape
          await (tx[model] as any).createMany({ data: data.slice(i, i + ROWS_PER_INSERT) });
        }
      }
      const fields = {
        source: loaded.source,
        sha256: loaded.sha256,
        counts: loaded.counts,
        officesKnownUntil: loaded.officesKnownUntil,
        importedAt: new Date(),
      };
      await tx.memberRegisterImport.upsert({ where: { id: REGISTER_ROW_ID }, create: { id: REGISTER_ROW_ID, ...fields }, update: fields });
    },
    { timeout: 180_000, maxWait: 30_000 },
  );
}

/** The register's rows as a snapshot: persons (id, slug, name, by id) and how many names, seats and offices. */
export async function getRegisterSnapshot(db: Db) {
  const [persons, names, memberships, offices] = await Promise.all([
    db.person.findMany({ orderBy: { id: 'asc' }, select: { id: true, slug: true, name: true } }),
    db.personName.count(),
    db.membership.count(),
    db.office.count(),
  ]);
  return { persons, names, memberships, offices };
}

/** Empties the register tables, as before a first import. */
export async function deleteRegister(db: Db): Promise<void> {
  await db.$transaction([db.person.deleteMany({}), db.memberRegisterImport.deleteMany({})]);
}
