/**
 * Who each name in a division's lists is: the reference the list prints (a person id in newer
 * files, a membership id in older ones and in committees) resolved by the one rule speakers follow
 * (resolve.ts: a membership id fixes seat and party, merged memberships followed; a person id takes
 * the seat held on the division's date). A name without a reference, or with one the register does
 * not know, stays as printed with nobody behind it.
 */
import type { ParsedRecord } from '../parse/record';
import type { RegisterIndex } from './register-index';
import { resolveSpeaker } from './resolve';

export interface VoterResolution {
  personId: string | null;
  /** The register's party for them on the division's date. */
  party: string | null;
  /** How they were found, or why nobody was. */
  reason: string;
}

/** `[record][name]`, null for records that are not divisions. */
export function resolveDivisionVoters(index: RegisterIndex, records: readonly ParsedRecord[]): ((VoterResolution | null)[] | null)[] {
  return records.map((r) => {
    const details = r.divisionDetails;
    if (!details) return null;
    return details.voters.map((v) => {
      const sourceRef = v.personRef ?? v.memberRef;
      if (!sourceRef) return { personId: null, party: null, reason: 'the list gives no member reference' };
      const found = resolveSpeaker(index, { name: null, role: null, party: null, constituency: null, sourceRef, date: r.date, house: r.house });
      return found ? { personId: found.personId, party: found.party, reason: found.reason } : null;
    });
  });
}

/** Share of names given by a reference that resolved to a person (1 when there were none). */
export function voterResolutionRate(voters: ((VoterResolution | null)[] | null)[]): { referenced: number; resolved: number } {
  let referenced = 0;
  let resolved = 0;
  for (const list of voters) {
    for (const v of list ?? []) {
      if (!v || v.reason === 'the list gives no member reference') continue;
      referenced++;
      if (v.personId) resolved++;
    }
  }
  return { referenced, resolved };
}
