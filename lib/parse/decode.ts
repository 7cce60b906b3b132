/**
 * Bytes → text for every input format. Handles BOMs (UTF-8, UTF-16 LE/BE), an XML encoding
 * declaration (ParlParse 2009 files are ISO-8859-1), and falls back to Windows-1252 when the bytes
 * are not valid UTF-8. Refuses empty and binary input with a DocumentParseError.
 */
import { DocumentParseError } from './record';

/**
 * The largest document accepted. A ParlParse day file — the biggest real input — is a few MB (the
 * largest sample, answers2009-10-26f.xml, is 1.1 MB); parsing runs at ~5 MB/s and holds a few
 * copies of the text, so 20 MB keeps one file to seconds and a few hundred MB of memory.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const MAX_BYTES = MAX_DOCUMENT_BYTES;

/** The one wording for an over-size file, whether refused from its size on disk or its bytes. */
export function tooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName}: the file is ${(bytes / 1048576).toFixed(0)} MB, more than the ${MAX_DOCUMENT_BYTES / 1048576} MB a document may be`;
}

export function decodeDocument(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new DocumentParseError(`${fileName}: the file is empty`);
  if (bytes.length > MAX_BYTES) {
    throw new DocumentParseError(tooLargeMessage(fileName, bytes.length));
  }
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const declared = declaredXmlEncoding(bytes);
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      try {
        text = new TextDecoder(declared).decode(bytes);
      } catch (cause) {
        throw new DocumentParseError(`${fileName}: unknown character encoding "${declared}" in the XML declaration`, { cause });
      }
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
      }
    }
  }
  if (looksBinary(text)) throw new DocumentParseError(`${fileName}: this is a binary file, not a text, HTML or XML document`);
  if (!text.trim()) throw new DocumentParseError(`${fileName}: the file holds only white space`);
  return text.replace(/\r\n?/g, '\n');
}

function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Control characters other than tab/newline/CR/form feed in the first 8 KB mean binary. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.05;
}
