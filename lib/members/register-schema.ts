/**
 * The shape of a member register file (mySociety/parlparse-derived, see data/README.md), checked
 * with zod when the file is loaded. Only the fields lookup and resolution need are declared;
 * everything else in the file passes through unchecked, so the full shared register and the
 * compacted copy in data/ both load. Name forms, offices, organisations and constituency variants
 * are optional: an older compacted file without them still loads (speakers then resolve by
 * source reference only).
 */
import { z } from 'zod';
import { MEMBERSHIP_HOUSES } from './houses';

const optionalText = z.string().nullable().optional();

export const membershipSchema = z.object({
  id: z.string().min(1),
  /** Westminster (`commons`, `lords`) or a devolved chamber (houses.ts). */
  house: z.enum(MEMBERSHIP_HOUSES),
  given_name: optionalText,
  family_name: optionalText,
  honorific: optionalText,
  display_name: optionalText,
  lordname: optionalText,
  lordofname: optionalText,
  party: optionalText,
  party_name: optionalText,
  constituency: optionalText,
  start_date: z.string().min(4),
  end_date: optionalText,
});
export type RegisterMembership = z.infer<typeof membershipSchema>;

/**
 * One way of writing a person's name; `from`/`to` bound the dates it applies (a name change, an
 * alias such as "The Prime Minister"); `house` limits it to one chamber. Kind `surname` is a
 * surname alias, matched like a surname (checked against who sat that day).
 */
export const nameFormSchema = z.object({
  name: z.string().min(1),
  kind: z.string().min(1),
  from: optionalText,
  to: optionalText,
  house: z.enum(MEMBERSHIP_HOUSES).optional(),
});
export type RegisterNameForm = z.infer<typeof nameFormSchema>;

/** A post or committee place. A missing end date means still held when the source was made. */
export const officeSchema = z.object({
  /** The source's id; the compacted copy leaves it out. */
  id: z.string().min(1).optional(),
  role: optionalText,
  organization_id: optionalText,
  kind: z.string().min(1),
  start_date: z.string().min(4),
  end_date: optionalText,
});
export type RegisterOffice = z.infer<typeof officeSchema>;

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  names: z.array(nameFormSchema).optional(),
  memberships: z.array(membershipSchema),
  offices: z.array(officeSchema).optional(),
  identifiers: z.record(z.string(), z.string().nullable()).optional(),
});
export type RegisterPerson = z.infer<typeof personSchema>;

/** parlparse constituencies.json: the first name is the official spelling, the others variants. */
export const constituencySchema = z.object({
  names: z.array(z.string().min(1)).min(1),
  start_date: optionalText,
  end_date: optionalText,
});
export type RegisterConstituency = z.infer<typeof constituencySchema>;

export const registerSchema = z.object({
  meta: z.record(z.string(), z.unknown()).optional(),
  organizations: z.record(z.string(), z.string()).optional(),
  constituencies: z.array(constituencySchema).optional(),
  /** Merged persons: an old person id → the id it was merged into (parlparse `{id, redirect}`). */
  redirects: z.record(z.string(), z.string()).optional(),
  /** Merged memberships: an old membership id (cited by old day files) → the one it became (parlparse `{id, redirect}`). */
  membership_redirects: z.record(z.string(), z.string()).optional(),
  persons: z.array(personSchema),
});
export type Register = z.infer<typeof registerSchema>;
