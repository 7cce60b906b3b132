/**
 * Puts a member register into Postgres (Person, PersonName, Membership, Office) and brings stored
 * contributions' resolutions in line with it.
 *
 * Idempotent: the register's sha256 is kept in MemberRegisterImport; the same file again changes
 * nothing. A different file replaces every Person row (and, by cascade, their names, seats and
 * offices) in one transaction, so a newer register of the same shape needs no code change.
 */
import type { Db } from '../db/client';
import { markDocumentsPending } from '../db/store';
import { getLoadedRegister, replaceRegister, setRegisterOfficesKnownUntil, type RegisterRows } from '../db/store';
import { sameResolution, toResolutionColumns } from '../db/store';
import { listStoredSpeakers, writeSpeakerResolution } from '../db/store';
import { slugify } from '../ids';
import { HOUSE_OF_MEMBERSHIP } from './houses';
import { normalizeText, toNameKey } from './names';
import { partyOn, toHeldOffice } from './offices';
import { toPartyName } from '../vocabulary';
import type { Register, RegisterPerson } from './register-schema';
import { officesKnownUntil, type RegisterIndex } from './register-index';
import { nameOf, resolveSpeaker } from './resolve';

export interface ImportResult {
  status: 'imported' | 'unchanged';
  counts: { persons: number; names: number; memberships: number; offices: number };
}

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
    rows.persons.push({ id: p.id, slug, name: displayName(p), identifiers: p.identifiers ?? undefined });

    const seen = new Set<string>();
    const forms = [
      ...(p.names ?? []).map((n) => ({ name: n.name, kind: n.kind, from: n.from ?? null, to: n.to ?? null })),
      ...p.memberships.map((m) => ({ name: nameOf(p, m), kind: 'membership', from: null, to: null })),
    ];
    for (const f of forms) {
      const k = `${f.name}|${f.from}|${f.to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      rows.names.push({
        id: `${p.id}#name${rows.names.length}`,
        personId: p.id,
        name: f.name,
        kind: f.kind,
        key: toNameKey(f.name).key,
        validFrom: f.from,
        validTo: f.to,
      });
    }
    for (const m of p.memberships) {
      rows.memberships.push({
        id: m.id,
        personId: p.id,
        house: HOUSE_OF_MEMBERSHIP[m.house],
        name: nameOf(p, m),
        party: toPartyName(m.party_name),
        partyCode: m.party ?? null,
        constituency: m.house === 'lords' ? null : seatName(m.constituency),
        startDate: m.start_date,
        endDate: m.end_date ?? null,
      });
    }
    (p.offices ?? []).forEach((o, i) => {
      // No date asked about, so nothing is beyond the register's office data.
      const held = toHeldOffice(o, partyOn(p, o.start_date), organizations, null, '');
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

/**
 * Replaces the register in the database unless the same file (by sha256) is already there, and
 * records how far its posts are known held (what the pages word an open post's end by).
 */
export async function importRegister(db: Db, register: Register, source: { path: string; sha256: string; force?: boolean }): Promise<ImportResult> {
  const rows = toRegisterRows(register);
  const counts = { persons: rows.persons.length, names: rows.names.length, memberships: rows.memberships.length, offices: rows.offices.length };
  const knownUntil = officesKnownUntil(register) || null;
  const current = await getLoadedRegister(db);
  if (!source.force && current?.sha256 === source.sha256 && current.persons === counts.persons) {
    // The same file imported before the date was stored: record it, the rows stay as they are.
    if (current.officesKnownUntil !== knownUntil) await setRegisterOfficesKnownUntil(db, knownUntil);
    return { status: 'unchanged', counts };
  }
  await replaceRegister(db, rows, { source: source.path, sha256: source.sha256, counts, officesKnownUntil: knownUntil });
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
  let after: string | null = null;
  for (;;) {
    const rows = await listStoredSpeakers(db, after, batch);
    if (!rows.length) break;
    after = rows[rows.length - 1].id;
    result.contributions += rows.length;
    for (const c of rows) {
      const next = toResolutionColumns(resolveSpeaker(register, c));
      if (sameResolution(next, c.resolution)) continue;
      await writeSpeakerResolution(db, c.id, next);
      result.changed++;
      documents.add(c.documentId);
    }
  }
  await markDocumentsPending(db, [...documents]);
  result.documents = documents.size;
  return result;
}
