/**
 * Snippets: Meilisearch marks matches with tags we choose; we choose control characters that no
 * document contains, escape the whole text as HTML, and only then turn the markers into <mark>.
 * So nothing from a document can ever become markup.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export function toSnippetHtml(formatted: string): string {
  const clean = formatted.replace(/[\u0000\u0001\u0004-\u0008]/g, '');
  return escapeHtml(clean).replaceAll(MATCH_START, '<mark>').replaceAll(MATCH_END, '</mark>');
}
