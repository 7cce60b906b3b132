/**
 * Stored contributions' speaker resolutions as a whole: read them back in batches to resolve them
 * again after a register import, write the ones that changed, and count outcomes for the ingest
 * report. The columns themselves are defined in lib/db/store/resolution.ts.
 */
import { toIsoDate } from '../../dates';
import type { House } from '../../parse/record';
import type { Db } from '../client';
import { Prisma } from '../generated/client';
import { RESOLUTION_COLUMNS, type ResolutionColumns } from './resolution';

/** A stored contribution's printed speaker, where and when they spoke, and its current resolution. */
export interface StoredSpeaker {
  id: string;
  documentId: string;
  name: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  sourceRef: string | null;
  /** The contribution's date, else its record's (YYYY-MM-DD). */
  date: string | null;
  house: House | null;
  /** The resolution columns as stored (resolvedOffices is whatever JSON is there). */
  resolution: { [K in keyof ResolutionColumns]: unknown };
}

/** Up to `limit` contributions after id `after` (id order), with their printed speaker and resolution. */
export async function listStoredSpeakers(db: Db, after: string | null, limit: number): Promise<StoredSpeaker[]> {
  const rows = await db.contribution.findMany({
    take: limit,
    ...(after ? { skip: 1, cursor: { id: after } } : {}),
    orderBy: { id: 'asc' },
    select: {
      id: true,
      speakerName: true,
      role: true,
      party: true,
      constituency: true,
      speakerRef: true,
      date: true,
      ...(Object.fromEntries(RESOLUTION_COLUMNS.map((k) => [k, true])) as Record<(typeof RESOLUTION_COLUMNS)[number], true>),
      record: { select: { house: true, date: true, documentId: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    documentId: c.record.documentId,
    name: c.speakerName,
    role: c.role,
    party: c.party,
    constituency: c.constituency,
    sourceRef: c.speakerRef,
    date: toIsoDate(c.date ?? c.record.date),
    house: c.record.house === 'Bicameral' ? null : (c.record.house as StoredSpeaker['house']),
    resolution: Object.fromEntries(RESOLUTION_COLUMNS.map((k) => [k, c[k]])) as StoredSpeaker['resolution'],
  }));
}

/** Writes one contribution's resolution columns (the printed fields stay as printed). */
export async function writeSpeakerResolution(db: Db, contributionId: string, columns: ResolutionColumns): Promise<void> {
  const resolvedOffices = columns.resolvedOffices ? (columns.resolvedOffices as unknown as Prisma.InputJsonValue) : Prisma.DbNull;
  await db.contribution.update({ where: { id: contributionId }, data: { ...columns, resolvedOffices } });
}

/** Contributions per printed name and resolution status (those with a printed speaker only). */
export async function countResolutionsByName(db: Db): Promise<Array<{ speakerName: string | null; status: string; contributions: number }>> {
  const groups = await db.contribution.groupBy({ by: ['speakerName', 'resolutionStatus'], where: { resolutionStatus: { not: null } }, _count: { _all: true } });
  return groups.map((g) => ({ speakerName: g.speakerName, status: g.resolutionStatus!, contributions: g._count._all }));
}

/** One contribution of a printed name with a given status: its reference and the reason given. */
export async function findResolutionExample(
  db: Db,
  speakerName: string | null,
  status: string,
): Promise<{ speakerRef: string | null; reason: string | null } | null> {
  const one = await db.contribution.findFirst({ where: { speakerName, resolutionStatus: status }, select: { speakerRef: true, resolutionReason: true } });
  return one ? { speakerRef: one.speakerRef, reason: one.resolutionReason } : null;
}
