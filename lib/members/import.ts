/**
 * Puts a member register into Postgres (Person, PersonName, Membership, Office) and brings stored
 * contributions' resolutions in line with it.
 *
 * Idempotent: the register's sha256 is kept in MemberRegisterImport; the same file again changes
 * nothing. A different file replaces every Person row (and, by cascade, their names, seats and
 * offices) in one transaction, so a newer register of the same shape needs no code change.
 */
import type { Db } from '../db/client';
import { slugify } from '../ids';
import { Prisma } from '../db/generated/client';
import { toResolutionColumns } from './columns';
import { normalizeText, toNameKey } from './names';
import { partyCodeOn, toHeldOffice } from './offices';
import { toPartyName } from '../vocabulary';
import type { Register, RegisterPerson } from './register-schema';
import type { RegisterIndex } from './register-index';
import { nameOf, resolveSpeaker } from './resolve';

export interface RegisterRows {
  persons: Prisma.PersonCreateManyInput[];
  names: Prisma.PersonNameCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  offices: Prisma.OfficeCreateManyInput[];
}

export interface ImportResult {
  status: 'imported' | 'unchanged';
  counts: { persons: number; names: number; memberships: number; offices: number };
}

const REGISTER_ROW_ID = 'current';

/** Register → table rows. Pure and deterministic: the same register gives the same rows. */
export function toRegisterRows(register: Register): RegisterRows {
  const organizations = register.organizations ?? {};
  const seats = new Map<string, string>();
  for (const c of register.constituencies ?? []) for (const n of c.names) seats.set(normalizeText(n), c.names[0]);
  const seatName = (s: string | null | undefined) => (s?.trim() ? (seats.get(normalizeText(s)) ?? s.trim()) : null);

  const displayName = (p: RegisterPerson) => p.name ?? (p.memberships.length ? nameOf(p, p.memberships[p.memberships.length - 1]) : p.id);
  const slugCount = new Map<string, number>();
  for (const p of register.persons) slugCount.set(slugify(displayName(p)), (slugCount.get(slugify(displayName(p))) ?? 0) + 1);
  const officeIdCount = new Map<string, number>();
  for (const p of register.persons) for (const o of p.offices ?? []) if (o.id) officeIdCount.set(o.id, (officeIdCount.get(o.id) ?? 0) + 1);

  const rows: RegisterRows = { persons: [], names: [], memberships: [], offices: [] };
  for (const p of register.persons) {
    const base = slugify(displayName(p));
    // Two people of one name: both get their id's number, so neither slug depends on the other's order.
    const slug = (slugCount.get(base) ?? 0) > 1 ? `${base}-${p.id.replace(/^.*[/:]/, '').toLowerCase()}` : base;
    rows.persons.push({ id: p.id, slug, name: displayName(p), identifiers: p.identifiers ? (p.identifiers as Prisma.InputJsonValue) : undefined });

    const seen = new Set<string>();
    const forms = [
      ...(p.names ?? []).map((n) => ({ name: n.name, kind: n.kind, from: n.from ?? null, to: n.to ?? null })),
      ...p.memberships.map((m) => ({ name: nameOf(p, m), kind: 'membership', from: null, to: null })),
    ];
    for (const f of forms) {
      const k = `${f.name}|${f.from}|${f.to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      rows.names.push({ id: `${p.id}#name${rows.names.length}`, personId: p.id, name: f.name, kind: f.kind, key: toNameKey(f.name).key, validFrom: f.from, validTo: f.to });
    }
    for (const m of p.memberships) {
      rows.memberships.push({
        id: m.id,
        personId: p.id,
        house: m.house === 'lords' ? 'Lords' : 'Commons',
        name: nameOf(p, m),
        party: toPartyName(m.party_name),
        partyCode: m.party ?? null,
        constituency: m.house === 'commons' ? seatName(m.constituency) : null,
        startDate: m.start_date,
        endDate: m.end_date ?? null,
      });
    }
    (p.offices ?? []).forEach((o, i) => {
      const held = toHeldOffice(o, partyCodeOn(p, o.start_date), organizations, null);
      rows.offices.push({
        id: o.id && officeIdCount.get(o.id) === 1 ? o.id : `${p.id}#office${i}`,
        personId: p.id,
        title: held.title,
        department: held.department,
        organizationId: o.organization_id ?? null,
        kind: o.kind,
        government: held.government,
        startDate: o.start_date,
        endDate: o.end_date ?? null,
      });
    });
  }
  return rows;
}

/** Replaces the register in the database unless the same file (by sha256) is already there. */
export async function importRegister(db: Db, register: Register, source: { path: string; sha256: string; force?: boolean }): Promise<ImportResult> {
  const rows = toRegisterRows(register);
  const counts = { persons: rows.persons.length, names: rows.names.length, memberships: rows.memberships.length, offices: rows.offices.length };
  const current = await db.memberRegisterImport.findUnique({ where: { id: REGISTER_ROW_ID } });
  if (!source.force && current?.sha256 === source.sha256 && (await db.person.count()) === counts.persons) return { status: 'unchanged', counts };
  await db.$transaction(
    async (tx) => {
      await tx.person.deleteMany({});
      for (const [model, data] of [
        ['person', rows.persons],
        ['personName', rows.names],
        ['membership', rows.memberships],
        ['office', rows.offices],
      ] as const) {
        for (let i = 0; i < data.length; i += 5000) {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one loop over four delegates of the same shape
          await (tx[model] as any).createMany({ data: data.slice(i, i + 5000) });
        }
      }
      const fields = { source: source.path, sha256: source.sha256, counts, importedAt: new Date() };
      await tx.memberRegisterImport.upsert({ where: { id: REGISTER_ROW_ID }, create: { id: REGISTER_ROW_ID, ...fields }, update: fields });
    },
    { timeout: 180_000, maxWait: 30_000 },
  );
  return { status: 'imported', counts };
}

export interface ReresolveResult {
  contributions: number;
  changed: number;
  documents: number;
}

/**
 * Resolves every stored speaker again against `register` with the rule ingest used
 * (resolve.ts), and writes only the contributions whose answer changed; their documents wait for
 * the index again (npm run reindex, or the next ingest).
 */
export async function reresolveContributions(db: Db, register: RegisterIndex, batch = 5000): Promise<ReresolveResult> {
  const result: ReresolveResult = { contributions: 0, changed: 0, documents: 0 };
  const documents = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.contribution.findMany({
      take: batch,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: {
        id: true, speakerName: true, role: true, party: true, constituency: true, speakerRef: true, date: true,
        personId: true, resolutionStatus: true, resolutionReason: true, resolvedParty: true, resolvedConstituency: true, resolvedMinister: true, resolvedOffices: true,
        record: { select: { house: true, date: true, documentId: true } },
      },
    });
    if (!rows.length) break;
    cursor = rows[rows.length - 1].id;
    result.contributions += rows.length;
    for (const c of rows) {
      const date = (c.date ?? c.record.date)?.toISOString().slice(0, 10) ?? null;
      const house = c.record.house === 'Commons' || c.record.house === 'Lords' ? c.record.house : null;
      const res = resolveSpeaker(register, { name: c.speakerName, role: c.role, party: c.party, constituency: c.constituency, sourceRef: c.speakerRef, date, house });
      const next = toResolutionColumns(res);
      const same =
        next.personId === c.personId && next.resolutionStatus === c.resolutionStatus && next.resolutionReason === c.resolutionReason &&
        next.resolvedParty === c.resolvedParty && next.resolvedConstituency === c.resolvedConstituency && next.resolvedMinister === c.resolvedMinister &&
        sameJson(next.resolvedOffices === Prisma.DbNull ? null : next.resolvedOffices, c.resolvedOffices);
      if (same) continue;
      await db.contribution.update({ where: { id: c.id }, data: next });
      result.changed++;
      documents.add(c.record.documentId);
    }
  }
  if (documents.size) await db.sourceDocument.updateMany({ where: { id: { in: [...documents] } }, data: { indexedAt: null } });
  result.documents = documents.size;
  return result;
}

/** jsonb reorders object keys: compare with keys sorted. */
function sameJson(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(norm) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, norm(x)])) : v;
  return JSON.stringify(norm(a ?? null)) === JSON.stringify(norm(b ?? null));
}
