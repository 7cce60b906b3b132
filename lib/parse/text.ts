// Placeholder: replaced by the text-format parsers (detect + one parser per format).
import type { ParsedRecord } from './record';
import { DocumentParseError } from './record';
export function parseTextDocument(_text: string, source: { fileName: string }): { format: string; record: ParsedRecord } {
  throw new DocumentParseError(`${source.fileName}: text formats are not parsed yet`);
}
