/**
 * A seeded mutator for parser fuzzing: takes a real input (seed documents, text and XML fixtures)
 * and applies 1–6 edits drawn from what damaged or unusual files look like — cut spans, repeated
 * spans, spliced documents, shuffled lines, parliamentary cue words in the wrong place, markup,
 * control characters, flipped bytes and other encodings. Same seed, same case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/test-services';

/** mulberry32: tiny, fast and good enough to pick edits. */
export function createRandom(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] };
}
export type Random = ReturnType<typeof createRandom>;

export interface FuzzInput {
  name: string;
  text: string;
}

/** Every seed and fixture document, text and XML. */
export function loadFuzzInputs(): FuzzInput[] {
  const dirs = [path.join(ROOT, 'seeds'), path.join(ROOT, 'tests/fixtures/text'), path.join(ROOT, 'tests/fixtures/xml')];
  const out: FuzzInput[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(txt|html?|xml)$/.test(f)) out.push({ name: path.basename(f), text: readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return out;
}

// biome-ignore format: a table, kept in rows
const CUES = [
  'Photo of ', 'Answered by', 'Asked by', 'To ask the Secretary of State', 'To ask Her Majesty\'s Government', '(Lab)', '(Con)', '(LD)', '(SNP)',
  '2:30 pm', '14:30', '26th November 2007', '31 February 2024', '0000-00-00', 'UIN 7814, tabled on 8 October 2024', 'Volume 762: debated on Monday 24 February 2025',
  'Skip to main content', 'Alert me about debates like this', 'View Source', 'Continue reading', 'Submitted by ', 'Question for Home Office', 'Answered on',
  'HL1234', 'Hon. Members: ', 'The Minister of State, Home Department (Ms X): ', 'Lord Y (Con): ', 'My Lords, ', 'Several hon. Members rose—', '[Interruption.]',
  '<p>', '</p>', '<script>alert(1)</script>', '<br/>', '<div class="x">', '&amp;', '&#0;', '&#x110000;', '&bogus;', '<!--', ']]>', '<![CDATA[',
  '<speech id="x" speakername="A B">', '</speech>', '<major-heading id="h">', '<publicwhip latest="yes">', '<?xml version="1.0" encoding="ISO-8859-1"?>',
  '"', '“', '”', '‘', '—', '\u00a0', '\u200b', '\ufeff', '\u0000', '\u0007', '\ufffd', '\ud800', '🙂', 'İ', 'ß',
];

function pos(r: Random, s: string): number {
  return r.int(0, s.length);
}

function randomText(r: Random): string {
  const n = r.int(1, 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    const kind = r.int(0, 9);
    s += kind < 6 ? String.fromCharCode(r.int(32, 126)) : kind < 8 ? String.fromCharCode(r.int(0, 0x2fff)) : r.pick(['\n', '\n\n', '\t', ' ']);
  }
  return s;
}

/** An edit; one that takes text from another input adds that input to `sources`. */
type TextEdit = (s: string, r: Random, inputs: FuzzInput[], sources: FuzzInput[]) => string;

// biome-ignore format: one edit a line, as the comments after them say
const TEXT_EDITS: TextEdit[] = [
  (s, r) => { const i = pos(r, s); return s.slice(0, i) + s.slice(i + r.int(1, 400)); }, // cut a span
  (s, r) => { const i = pos(r, s); const j = i + r.int(1, 200); return s.slice(0, j) + s.slice(i, j).repeat(r.int(1, 20)) + s.slice(j); }, // repeat a span
  (s, r) => { const i = pos(r, s); return s.slice(0, i) + r.pick(CUES) + s.slice(i); }, // cue word anywhere
  (s, r) => { const i = pos(r, s); return s.slice(0, i) + randomText(r) + s.slice(i); }, // random characters
  (s, r) => s.slice(0, pos(r, s)), // cut off
  (s, r, inputs, sources) => { const other = r.pick(inputs); sources.push(other); const o = other.text; return s.slice(0, pos(r, s)) + o.slice(pos(r, o)); }, // splice two documents
  (s, r) => { const lines = s.split('\n'); for (let k = r.int(1, 10); k > 0; k--) { const a = r.int(0, lines.length - 1); const b = r.int(0, lines.length - 1); [lines[a], lines[b]] = [lines[b], lines[a]]; } return lines.join('\n'); },
  (s, r) => s.split('\n').filter(() => r.next() > 0.3).join('\n'), // lose lines
  (s, r) => (r.next() < 0.5 ? s.toUpperCase() : s.toLowerCase()),
  (s, r) => s.replace(/\n/g, r.pick(['\r\n', '\r', '\n\n\n', ' ', '\u2028'])),
  (s, r) => { const lines = s.split('\n'); const i = r.int(0, lines.length - 1); lines.splice(i, 0, ...Array(r.int(50, 400)).fill(lines[i])); return lines.join('\n'); }, // one line many times
  (s, r) => s.replace(/\d/g, () => (r.next() < 0.3 ? String(r.int(0, 9)) : '')), // scrambled numbers
];

/** Bytes-level damage and other encodings, applied after the text edits. */
function encode(s: string, r: Random): Uint8Array {
  const k = r.int(0, 9);
  if (k === 0) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  if (k === 1) return Buffer.from(s, 'latin1');
  if (k === 2) {
    const b = Buffer.from(s, 'utf8');
    for (let n = r.int(1, 20); n > 0 && b.length; n--) b[r.int(0, b.length - 1)] = r.int(0, 255);
    return b;
  }
  if (k === 3) return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);
  return Buffer.from(s, 'utf8');
}

export interface FuzzCase {
  seed: number;
  input: string;
  /** The input and every document spliced into it: what the case's parse cost is compared with. */
  sources: FuzzInput[];
  edits: number;
  bytes: Uint8Array;
}

export function mutateCase(inputs: FuzzInput[], seed: number): FuzzCase {
  const r = createRandom(seed);
  const input = r.pick(inputs);
  const sources = [input];
  let text = input.text;
  const edits = r.int(1, 6);
  for (let e = 0; e < edits; e++) text = r.pick(TEXT_EDITS)(text, r, inputs, sources);
  return { seed, input: input.name, sources, edits, bytes: encode(text, r) };
}
