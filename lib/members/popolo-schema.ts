/**
 * The shape of parlparse's member register, checked with zod where it comes in: `people.json`
 * (Popolo: persons, memberships, organizations, posts) and the office files `ministers.json`
 * (1997-2010) and `ministers-2010.json` (data.parliament.uk, 2010 on), keyed by the same ids.
 *
 * Field by field from the model parlparse validates people.json against on every change
 * (mysociety/mysoc-validator, src/mysoc_validator/models/popolo.py): what is required there is
 * required here, what is optional there is optional here. Two deliberate differences: extra keys
 * pass (the model forbids them, but a field added upstream must not stop a sync), and the file is
 * checked entry by entry (`checkEntries`), so one bad entry is skipped and named instead of the
 * whole register refused; only a file without the Popolo lists is refused whole.
 */
import { z } from 'zod';

/**
 * A Popolo date: YYYY, YYYY-MM or YYYY-MM-DD, each part a real calendar value (the model parses
 * them with date.fromisoformat). The empty string is how the model writes "unset" (a start in the
 * distant past, an end in the future): it becomes undefined.
 */
export const popoloDateSchema = z
  .string()
  .refine(isPopoloDate, 'date must be YYYY, YYYY-MM or YYYY-MM-DD (a real date) or empty')
  .transform((d) => (d === '' ? undefined : d));

function isPopoloDate(d: string): boolean {
  if (d === '') return true;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const date = popoloDateSchema.optional();
const text = z.string().nullable().optional();
/** The model's OrgID: lowercase slugs ("house-of-commons", "labour", "speaker"). */
const orgId = z.string().regex(/^[a-z0-9-]+$/, 'organisation id must be a lowercase slug');
const dated = { start_date: date, end_date: date };

/** The model's check on every dated item: an end before its start is an error. */
function endNotBeforeStart(v: { start_date?: string; end_date?: string }): boolean {
  return !v.start_date || !v.end_date || v.start_date.slice(0, v.end_date.length) <= v.end_date.slice(0, v.start_date.length);
}
const ORDER = { message: 'end_date is before start_date', path: ['end_date'] };

/** `AltName`: another name, whole; with `organization_id` it holds only in that chamber. */
export const altNameSchema = z
  .object({ name: z.string(), note: z.literal('Alternate'), organization_id: orgId.nullable().optional(), ...dated })
  .refine(endNotBeforeStart, ORDER);

/** `BasicPersonName`: an MP's name; an `Alternate` with only `family_name` is a surname alias. */
export const basicPersonNameSchema = z
  .object({
    family_name: z.string(),
    given_name: text,
    honorific_prefix: text,
    note: z.enum(['Main', 'Alternate']),
    ...dated,
  })
  .refine(endNotBeforeStart, ORDER);

/** `LordName`: a peer's name in parts ("Baroness" / "Adams" / "of Craigielea"). */
export const lordNameSchema = z
  .object({
    additional_name: text,
    county: text,
    given_name: text,
    honorific_prefix: text,
    honorific_suffix: text,
    lordname: text,
    lordofname: text,
    lordofname_full: text,
    note: z.enum(['Main', 'Alternate']),
    surname: text,
    ...dated,
  })
  .refine(endNotBeforeStart, ORDER);

/** The model tells the three apart by their keys: `name` → AltName, `family_name` → BasicPersonName, else LordName. */
function nameSchemaFor(v: unknown) {
  if (typeof v === 'object' && v !== null && 'name' in v) return altNameSchema;
  if (typeof v === 'object' && v !== null && 'family_name' in v) return basicPersonNameSchema;
  return lordNameSchema;
}

export const popoloNameSchema = z.unknown().transform((v, ctx): PopoloName => {
  const result = nameSchemaFor(v).safeParse(v);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export type AltName = z.infer<typeof altNameSchema>;
export type BasicPersonName = z.infer<typeof basicPersonNameSchema>;
export type LordName = z.infer<typeof lordNameSchema>;
export type PopoloName = AltName | BasicPersonName | LordName;

const personIdentifierSchema = z.object({ scheme: z.string(), identifier: z.union([z.string(), z.number()]).transform(String) });
const simpleIdentifierSchema = z.object({ scheme: z.string(), identifier: z.string() });

/** `PersonRedirect`: a person id merged into another. */
export const personRedirectSchema = z.object({ id: z.string().min(1), redirect: z.string().min(1) });

/** `Person`. */
export const personSchema = z.object({
  id: z.string().min(1),
  biography: text,
  birth_date: date,
  death_date: date,
  gender: text,
  identifiers: z.array(personIdentifierSchema).default([]),
  image: text,
  links: z.array(z.object({ note: text, url: z.string() })).optional(),
  other_names: z.array(popoloNameSchema).default([]),
  national_identity: text,
  summary: text,
});

/** `MembershipRedirect`: a membership id merged into another; old day files still cite the old id. */
export const membershipRedirectSchema = z.object({ id: z.string().min(1), redirect: z.string().min(1) });

/** `Membership`: a seat (`post_id`), a peerage (`organization_id: house-of-lords`), the Crown, … */
export const membershipSchema = z
  .object({
    id: z.string().min(1),
    person_id: z.string().min(1),
    post_id: text,
    organization_id: orgId.nullable().optional(),
    /** The party, or a chair (`speaker`, `deputy-speaker`): an organization id. */
    on_behalf_of_id: orgId.nullable().optional(),
    role: text,
    label: text,
    source: text,
    name: z.object({ family_name: z.string(), given_name: z.string() }).nullable().optional(),
    identifiers: z.array(simpleIdentifierSchema).nullable().optional(),
    start_reason: text,
    end_reason: text,
    ...dated,
  })
  .refine(endNotBeforeStart, ORDER);

/** `Organization`: a chamber, a party, a chair. */
export const organizationSchema = z.object({
  id: orgId,
  name: z.string(),
  classification: text,
  identifiers: z.array(simpleIdentifierSchema).nullable().optional(),
});

/** `Post`: a seat; `area.other_names` are other spellings of it, as plain strings. */
export const postSchema = z
  .object({
    id: z.string().min(1),
    organization_id: orgId,
    label: z.string(),
    role: z.string(),
    area: z.object({ name: z.string(), other_names: z.array(z.string()).default([]) }),
    identifiers: z.array(simpleIdentifierSchema).nullable().optional(),
    ...dated,
  })
  .refine(endNotBeforeStart, ORDER);

/**
 * A post or committee place in ministers.json / ministers-2010.json (the latter says where it came
 * from in `source`). No order check on its dates: the model covers people.json only, and the real
 * ministers-2010.json has ~100 committee places that end before they start (held on no date).
 */
export const officeMembershipSchema = z.object({
  id: z.string().min(1),
  /** `datadotparl/governmentpost`, `…/oppositionpost`, `…/parliamentarypost`, `…/committee`; absent in ministers.json. */
  source: text,
  role: text,
  person_id: z.string().min(1),
  organization_id: orgId,
  start_date: popoloDateSchema.pipe(z.string()),
  end_date: date,
});

export type Person = z.infer<typeof personSchema>;
export type PersonRedirect = z.infer<typeof personRedirectSchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type MembershipRedirect = z.infer<typeof membershipRedirectSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Post = z.infer<typeof postSchema>;
export type OfficeMembership = z.infer<typeof officeMembershipSchema>;

/** What makes a file Popolo at all; without these lists it is refused whole. */
const peopleFileSchema = z.object({
  persons: z.array(z.unknown()),
  memberships: z.array(z.unknown()),
  organizations: z.array(z.unknown()).default([]),
  posts: z.array(z.unknown()).default([]),
});
const ministersFileSchema = z.object({ memberships: z.array(z.unknown()), organizations: z.array(z.unknown()).default([]) });

/** One entry left out, and why, for the sync summary. */
export interface SkippedEntry {
  file: string;
  /** "memberships[4992]". */
  at: string;
  /** The entry's id when it has one. */
  id: string | null;
  reason: string;
}

export interface PeopleJson {
  persons: (Person | PersonRedirect)[];
  memberships: (Membership | MembershipRedirect)[];
  organizations: Organization[];
  posts: Post[];
}

export interface MinistersJson {
  memberships: OfficeMembership[];
  organizations: Organization[];
}

/** A file that is not Popolo at all: the message says what is missing. */
export class NotPopoloError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotPopoloError';
  }
}

const isRedirect = (v: unknown) => typeof v === 'object' && v !== null && 'redirect' in v;

/** people.json → its entries that fit the model, and the ones that do not. Throws NotPopoloError for a file without the lists. */
export function checkPeopleJson(json: unknown, file = 'people.json'): { people: PeopleJson; skipped: SkippedEntry[] } {
  const top = topLevel(peopleFileSchema, json);
  const skipped: SkippedEntry[] = [];
  const people: PeopleJson = {
    persons: checkEntries<Person | PersonRedirect>(top.persons, 'persons', file, skipped, (v) => (isRedirect(v) ? personRedirectSchema : personSchema)),
    memberships: checkEntries<Membership | MembershipRedirect>(top.memberships, 'memberships', file, skipped, (v) =>
      isRedirect(v) ? membershipRedirectSchema : membershipSchema,
    ),
    organizations: checkEntries(top.organizations, 'organizations', file, skipped, () => organizationSchema),
    posts: checkEntries(top.posts, 'posts', file, skipped, () => postSchema),
  };
  return { people, skipped };
}

/** ministers.json or ministers-2010.json → its entries that fit, and the ones that do not. */
export function checkMinistersJson(json: unknown, file: string): { ministers: MinistersJson; skipped: SkippedEntry[] } {
  const top = topLevel(ministersFileSchema, json);
  const skipped: SkippedEntry[] = [];
  const ministers: MinistersJson = {
    memberships: checkEntries(top.memberships, 'memberships', file, skipped, () => officeMembershipSchema),
    organizations: checkEntries(top.organizations, 'organizations', file, skipped, () => organizationSchema),
  };
  return { ministers, skipped };
}

/**
 * parlparse's sp-ministers.json (Scottish Government posts from data.parliament.scot): a bare list
 * of office memberships whose `person_id` is a list (one id in practice; the first is the holder).
 */
const spMinisterSchema = officeMembershipSchema.extend({ person_id: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) });

export function checkSpMinistersJson(json: unknown, file = 'sp-ministers.json'): { ministers: MinistersJson; skipped: SkippedEntry[] } {
  if (!Array.isArray(json)) throw new NotPopoloError('top level: expected a list of Scottish Government posts');
  const skipped: SkippedEntry[] = [];
  const entries = checkEntries(json, 'posts', file, skipped, () => spMinisterSchema);
  // The file files them under the Parliament; they are the Government's posts.
  const memberships = entries.map((o) => ({
    ...o,
    organization_id: 'scottish-government',
    person_id: Array.isArray(o.person_id) ? o.person_id[0] : o.person_id,
  }));
  return { ministers: { memberships, organizations: [{ id: 'scottish-government', name: 'Scottish Government' }] as Organization[] }, skipped };
}

function topLevel<T extends z.ZodType>(schema: T, json: unknown): z.infer<T> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new NotPopoloError(`${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return result.data;
}

function checkEntries<T>(entries: unknown[], list: string, file: string, skipped: SkippedEntry[], schemaFor: (v: unknown) => z.ZodType<T, unknown>): T[] {
  const kept: T[] = [];
  entries.forEach((entry, i) => {
    const result = schemaFor(entry).safeParse(entry);
    if (result.success) {
      kept.push(result.data);
      return;
    }
    const issue = result.error.issues[0];
    const id = typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : null;
    const where = issue.path.join('.');
    const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), entry);
    const shown = typeof value === 'string' ? ` "${value.slice(0, 40)}"` : '';
    skipped.push({ file, at: `${list}[${i}]`, id, reason: `${where ? `${where}${shown}: ` : ''}${issue.message}` });
  });
  return kept;
}
