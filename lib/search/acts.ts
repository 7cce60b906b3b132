/**
 * Acts of Parliament mentioned in a text ("Modern Slavery Act 2015", "the Online Safety Act 2023"),
 * recognised at index time so that users can filter by the Act rather than by its words.
 */
const ACT =
  /\b((?:[A-Z][A-Za-z'’()-]*|and|of|the|for|on|in|to)(?:\s+(?:[A-Z][A-Za-z'’()-]*|and|of|the|for|on|in|to|\([A-Za-z ]+\))){0,9}\s+Act)\s+((?:1[6-9]|20)\d{2})\b/g;
const LEADING_LOWER = /^(?:(?:and|of|the|for|on|in|to)\s+)+/;
// Capitalised words that open a phrase about an Act rather than its title: "Independent Review of
// the Modern Slavery Act 2015" is about the Modern Slavery Act 2015.
const ABOUT_AN_ACT =
  /^.*?\b(?:Review|Reviews|Report|Inquiry|Section|Sections|Part|Schedule|Guidance|Code|Codes|Amendment|Implementation|Commencement)\s+(?:of|to|under|in)\s+(?:the\s+)?(?=[A-Z])/;

export function findActsMentioned(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ACT)) {
    const name = m[1]
      .replace(ABOUT_AN_ACT, '')
      .replace(LEADING_LOWER, '')
      .replace(/^The\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!/^[A-Z]/.test(name) || name === 'Act') continue;
    found.add(`${name} ${m[2]}`);
  }
  return [...found].sort();
}
