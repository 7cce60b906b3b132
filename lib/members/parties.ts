/**
 * One party, one facet value: the register spells parties out already (`party_name`), but its
 * 2017 rows come from Wikidata labels ("Labour Party", "Labour Co-operative"). Those are mapped
 * onto the parlparse spelling so a party is counted once.
 */
const WIKIDATA_LABELS: Record<string, string> = {
  'Labour Party': 'Labour',
  'Conservative Party': 'Conservative',
  'Labour Co-operative': 'Labour/Co-operative',
  'Liberal Democrats': 'Liberal Democrat',
  'independent politician': 'Independent',
  'Speaker of the House of Commons': 'Speaker',
};

/** Full party name for a membership: its `party_name`, normalised; null when the register has none. */
export function toPartyName(partyName: string | null | undefined): string | null {
  const name = partyName?.trim();
  if (!name) return null;
  return WIKIDATA_LABELS[name] ?? name;
}
