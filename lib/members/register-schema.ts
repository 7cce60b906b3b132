/**
 * The shape of a member register file (mySociety/parlparse-derived, see data/README.md), checked
 * with zod when the file is loaded. Only the fields the lookup needs are required; everything
 * else in the file (names, offices, identifiers…) passes through unchecked, so the full shared
 * register and the compacted copy in data/ both load.
 */
import { z } from 'zod';

const optionalText = z.string().nullable().optional();

export const membershipSchema = z.object({
  id: z.string().min(1),
  house: z.enum(['commons', 'lords']),
  given_name: optionalText,
  family_name: optionalText,
  honorific: optionalText,
  display_name: optionalText,
  party: optionalText,
  party_name: optionalText,
  constituency: optionalText,
  start_date: z.string().min(4),
  end_date: optionalText,
});

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  memberships: z.array(membershipSchema),
});

export const registerSchema = z.object({
  meta: z.record(z.string(), z.unknown()).optional(),
  persons: z.array(personSchema),
});

export type RegisterMembership = z.infer<typeof membershipSchema>;
export type RegisterPerson = z.infer<typeof personSchema>;
export type Register = z.infer<typeof registerSchema>;
