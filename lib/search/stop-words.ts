/**
 * Words in nearly every contribution: matching them only floods or narrows results by accident
 * ("what the Minister said about brothels"). Meilisearch's own stop-word list is case-sensitive
 * (meilisearch/documentation#3651) and keeps a stop word that ends the query (it is read as a
 * prefix), so the planner also drops them itself, whatever their case and position, whenever the
 * branch has another word to search for. A box of only stop words still searches for them.
 */
export const STOP_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'in',
  'is',
  'that',
  'it',
  'for',
  'on',
  'be',
  'this',
  'my',
  'hon',
  'minister',
];

const STOP_WORD_SET = new Set(STOP_WORDS);

export function isStopWord(word: string): boolean {
  return STOP_WORD_SET.has(word.toLowerCase());
}
