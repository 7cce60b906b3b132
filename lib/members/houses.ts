/**
 * The legislatures the register holds seats in, in the register's words (a membership's `house`)
 * and in the record's words (lib/parse/record.ts HOUSES), and the people.json organisation id of
 * each chamber. Westminster is the Commons and the Lords; the Scottish Parliament, the Senedd and
 * the Northern Ireland Assembly sit beside them. Pure.
 */

export const MEMBERSHIP_HOUSES = ['commons', 'lords', 'scottish-parliament', 'senedd', 'northern-ireland-assembly'] as const;
export type MembershipHouse = (typeof MEMBERSHIP_HOUSES)[number];

/** A house as records name it (the same words as lib/parse/record.ts HOUSES). */
export type House = 'Commons' | 'Lords' | 'Scottish Parliament' | 'Senedd' | 'Northern Ireland Assembly';

export const HOUSE_OF_MEMBERSHIP: Record<MembershipHouse, House> = {
  commons: 'Commons',
  lords: 'Lords',
  'scottish-parliament': 'Scottish Parliament',
  senedd: 'Senedd',
  'northern-ireland-assembly': 'Northern Ireland Assembly',
};

export const MEMBERSHIP_OF_HOUSE: Record<House, MembershipHouse> = {
  Commons: 'commons',
  Lords: 'lords',
  'Scottish Parliament': 'scottish-parliament',
  Senedd: 'senedd',
  'Northern Ireland Assembly': 'northern-ireland-assembly',
};

/**
 * A record that names no house (or both Houses) is Westminster's: its speakers are looked for in
 * the Commons and the Lords only, so an MSP of the same name never answers for an MP.
 */
export const WESTMINSTER_HOUSES: readonly MembershipHouse[] = ['commons', 'lords'];

/** people.json's chamber organisation ids (a post's `organization_id`) → the register's house. */
export const CHAMBER_ORGANIZATIONS: Record<string, MembershipHouse> = {
  'house-of-commons': 'commons',
  'house-of-lords': 'lords',
  'scottish-parliament': 'scottish-parliament',
  'welsh-parliament': 'senedd',
  'northern-ireland-assembly': 'northern-ireland-assembly',
};
