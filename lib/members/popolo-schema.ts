/**
 * The shape of parlparse's current member register, checked with zod where it comes in:
 * `people.json` (Popolo: persons, memberships, organizations, posts) and `ministers-2010.json`
 * (posts and committee places from data.parliament.uk, keyed by the same person ids). Only the
 * fields the converter (popolo.ts) reads are declared; the rest passes unchecked.
 */
import { z } from 'zod';

/** Popolo dates here are YYYY, YYYY-MM or YYYY-MM-DD. */
export const popoloDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().nullable().optional();
const date = popoloDateSchema.nullable().optional();

/** A name, in parts (Commons: given/family; Lords: lordname/lordofname) or whole (`name`), for a time. */
export const popoloNameSchema = z.object({
  note: text,
  name: text,
  given_name: text,
  family_name: text,
  honorific_prefix: text,
  lordname: text,
  lordofname: text,
  start_date: date,
  end_date: date,
});

const identifierSchema = z.object({ scheme: z.string().min(1), identifier: z.union([z.string(), z.number()]).transform(String) });

/** A person, or the id of one merged into another (`redirect`). */
export const popoloPersonSchema = z.union([
  z.object({ id: z.string().min(1), redirect: z.string().min(1) }),
  z.object({
    id: z.string().min(1),
    identifiers: z.array(identifierSchema).optional(),
    other_names: z.array(popoloNameSchema).optional(),
  }),
]);

export const popoloMembershipSchema = z.object({
  id: z.string().min(1),
  person_id: z.string().min(1),
  /** A seat (Commons constituency), for memberships of an elected chamber. */
  post_id: text,
  /** `house-of-lords` for peers; Commons memberships name their chamber through the post. */
  organization_id: text,
  /** The party. */
  on_behalf_of_id: text,
  start_date: date,
  end_date: date,
});

/** An organization without a name (parlparse has a few) goes by its id. */
export const popoloOrganizationSchema = z
  .object({ id: z.string().min(1), name: z.string().nullable().optional(), classification: text })
  .transform((o) => ({ ...o, name: o.name?.trim() || o.id }));

export const popoloPostSchema = z.object({
  id: z.string().min(1),
  organization_id: text,
  area: z.object({ name: z.string().min(1), other_names: z.array(z.object({ name: z.string().min(1) })).optional() }).optional(),
  start_date: date,
  end_date: date,
});

export const peopleJsonSchema = z.object({
  persons: z.array(popoloPersonSchema),
  memberships: z.array(popoloMembershipSchema),
  organizations: z.array(popoloOrganizationSchema).default([]),
  posts: z.array(popoloPostSchema).default([]),
});

export const ministersJsonSchema = z.object({
  memberships: z.array(
    z.object({
      id: z.string().min(1),
      /** `datadotparl/governmentpost`, `…/oppositionpost`, `…/parliamentarypost`, `…/committee`. */
      source: z.string().min(1),
      role: text,
      person_id: z.string().min(1),
      organization_id: text,
      start_date: popoloDateSchema,
      end_date: date,
    }),
  ),
  organizations: z.array(popoloOrganizationSchema).default([]),
});

export type PeopleJson = z.infer<typeof peopleJsonSchema>;
export type MinistersJson = z.infer<typeof ministersJsonSchema>;
export type PopoloName = z.infer<typeof popoloNameSchema>;
