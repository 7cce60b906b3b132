// Placeholder: replaced by the ParlParse XML parser.
import type { ParsedRecord } from '../record';
export function isParlparseXml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE[\s\S]*?\]>\s*)?<publicwhip/i.test(text.slice(0, 20000));
}
export function parseParlparseXml(_text: string, _source: { fileName: string }): ParsedRecord[] {
  return [];
}
