/**
 * The Contribution columns that hold a speaker's resolution: one definition for ingest
 * (lib/ingest/store.ts) and for re-resolution after a register import (lib/members/import.ts).
 */
import { Prisma } from '../db/generated/client';
import type { SpeakerResolution } from './resolve';

export function toResolutionColumns(res: SpeakerResolution | null) {
  return {
    personId: res?.personId ?? null,
    resolvedName: res?.name ?? null,
    resolvedParty: res?.party ?? null,
    resolvedConstituency: res?.constituency ?? null,
    resolvedHouse: res?.house ?? null,
    resolvedOffices: res?.offices.length ? (res.offices.map((o) => ({ ...o })) as Prisma.InputJsonValue) : Prisma.DbNull,
    resolvedMinister: res?.minister ?? null,
    resolutionStatus: res?.status ?? null,
    resolutionReason: res?.reason ?? null,
  };
}
