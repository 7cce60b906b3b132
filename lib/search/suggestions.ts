/**
 * What to offer when a search finds nothing: the same search with one thing loosened — one filter
 * dropped, quotes removed, or one word left out (the word that matched nothing is often a typo).
 * Pure; the page runs each suggestion and shows only those that find something.
 */
import { FACETS, FACET_NAMES } from './fields';
import { withFacetToggled, type SearchRequest } from './search-params';

export type Suggestion = { label: string; request: SearchRequest };

export const MAX_SUGGESTIONS = 8;

export function suggestLooserSearches(request: SearchRequest): Suggestion[] {
  const base = { ...request, page: 1 };
  const out: Suggestion[] = [];
  for (const facet of FACET_NAMES) {
    for (const value of request.facets[facet]) {
      out.push({ label: `without the filter ${FACETS[facet].label}: ${value}`, request: withFacetToggled(base, facet, value) });
    }
  }
  if (request.from || request.to) {
    out.push({ label: `at any date (not ${request.from ?? '…'} to ${request.to ?? '…'})`, request: { ...base, from: null, to: null } });
  }
  const q = request.q.trim();
  if (/["\u201C\u201D]/.test(q)) {
    out.push({ label: `without quotes: ${q.replace(/["\u201C\u201D]/g, '')}`, request: { ...base, q: q.replace(/["\u201C\u201D]/g, '') } });
  } else {
    const words = q.split(/\s+/).filter(Boolean);
    if (words.length >= 2) {
      words.forEach((word, i) => {
        const rest = words.filter((_, j) => j !== i).join(' ');
        out.push({ label: `without “${word}”: ${rest}`, request: { ...base, q: rest } });
      });
    }
  }
  return out.slice(0, MAX_SUGGESTIONS);
}
