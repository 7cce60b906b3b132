/**
 * Domain synonyms, kept in one place. Each group is mutual: a search for any member also finds
 * the others. Multi-word entries work as Meilisearch multi-word synonyms.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['modern slavery', 'human trafficking'],
  ['nrm', 'national referral mechanism'],
  ['home office', 'home department'],
  ['cps', 'crown prosecution service'],
  ['nhs', 'national health service'],
  ['mod', 'ministry of defence'],
  ['dwp', 'department for work and pensions'],
  ['hmrc', 'hm revenue and customs'],
  ['fco', 'foreign office', 'foreign and commonwealth office'],
  ['mp', 'member of parliament'],
  ['pmqs', 'prime minister’s questions', "prime minister's questions"],
  ['asylum seeker', 'asylum seekers'],
  ['gangmaster', 'gangmasters'],
  ['ukba', 'uk border agency'],
];

/** Meilisearch's synonyms setting (word → equivalents), derived from the groups. */
export function toMeiliSynonyms(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) for (const term of group) out[term] = group.filter((t) => t !== term);
  return out;
}
