/**
 * The words the generated corpus speaks: a sentence bank and an order-2 word Markov chain read at
 * start from the seeds and the real ParlParse samples, plus the headings, departments and offices
 * those samples print. Generated text is new sentences in Hansard's own vocabulary and rhythm,
 * with some real sentences kept verbatim so that phrase searches find exact matches.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeEntities } from '../../lib/parse/shared/html';
import type { Rng } from './prng';

export interface Vocabulary {
  sentence(rng: Rng): string;
  paragraph(rng: Rng, sentences: number): string;
  titles: string[];
  departments: string[];
  offices: string[];
  questionOpeners: string[];
}

const stripTags = (s: string) =>
  decodeEntities(s.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, ext) : ext.test(name) ? [full] : [];
    });
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=[A-Z"“‘(])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 25 && s.length <= 400 && /[.?!]$/.test(s) && !/https?:|www\.|@/.test(s));
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to']);

/** "CULTURE, MEDIA AND SPORT" → "Culture, Media and Sport". */
export function toDisplayCase(text: string): string {
  return text.toLowerCase().replace(/[\p{L}']+/gu, (w, offset: number) => (offset > 0 && SMALL_WORDS.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].filter(Boolean).sort();
}

/** Reads the sources; `roots` are the seeds folder and the real-samples folder. */
export function loadVocabulary(roots: { seeds: string; realSamples: string }): Vocabulary {
  const sentences: string[] = [];
  const titles: string[] = [];
  const departments: string[] = [];
  const offices: string[] = [];
  const questionOpeners: string[] = [];
  for (const file of listFiles(roots.seeds, /\.txt$/i)) {
    const text = readFileSync(file, 'utf8');
    for (const line of text.split(/\n/)) if (line.length > 120) sentences.push(...splitSentences(line));
  }
  for (const file of listFiles(roots.realSamples, /\.xml$/i)) {
    const xml = readFileSync(file, 'latin1');
    for (const m of xml.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
      const text = stripTags(m[1]);
      sentences.push(...splitSentences(text));
      if (/^To ask (the|Her Majesty)/.test(text)) {
        const opener = text.split(/,|\bwhat\b|\bif\b|\bhow\b/)[0].trim();
        if (opener.length <= 90 && !/further to|\(/.test(opener)) questionOpeners.push(opener);
      }
    }
    for (const m of xml.matchAll(/<minor-heading\b[^>]*>([\s\S]*?)<\/minor-heading>/g)) {
      const t = stripTags(m[1]).replace(/^\[[^\]]*\]\s*(—\s*)?/, '');
      if (t.length >= 4 && t.length <= 90 && !/^\[/.test(t)) titles.push(t);
    }
    if (/\/(answers|ministerial)/.test(file) || /answers|ministerial/.test(path.basename(file))) {
      for (const m of xml.matchAll(/<major-heading\b[^>]*>([\s\S]*?)<\/major-heading>/g)) {
        const d = stripTags(m[1]);
        if (d.length >= 4 && d.length <= 60) departments.push(toDisplayCase(d));
      }
    }
    for (const m of xml.matchAll(/speakeroffice="([^"]+)"/g)) offices.push(decodeEntities(m[1]));
  }
  return buildVocabulary({
    sentences: uniqueSorted(sentences),
    titles: uniqueSorted(titles),
    departments: uniqueSorted(departments),
    offices: uniqueSorted(offices),
    questionOpeners: uniqueSorted(questionOpeners),
  });
}

/** Used when the sources are missing (a minimal checkout): a handful of real Hansard sentences. */
const FALLBACK_SENTENCES = [
  'The Government is committed to tackling modern slavery including cases involving child trafficking and sexual exploitation.',
  'My Lords, National Grid’s winter energy outlook indicates that forecast gas demand will be lower than last winter.',
  'I thank the Minister for that answer, but will he tell the House what steps he is taking to support local businesses?',
  'The Department continues to work closely with local authorities to ensure that the funding reaches those who need it most.',
  'Will the Minister confirm that the review will be published before the summer recess?',
  'We have allocated over £2 million to the police to support the programme during the current financial year.',
];

export function buildVocabulary(bank: {
  sentences: string[];
  titles: string[];
  departments: string[];
  offices: string[];
  questionOpeners: string[];
}): Vocabulary {
  const sentences = bank.sentences.length >= 20 ? bank.sentences : FALLBACK_SENTENCES;
  const chain = buildChain(sentences);
  const sentence = (rng: Rng) => (rng.chance(0.25) ? rng.pick(sentences) : chain.generate(rng));
  return {
    sentence,
    paragraph: (rng, n) => Array.from({ length: Math.max(1, n) }, () => sentence(rng)).join(' '),
    titles: bank.titles.length ? bank.titles : ['Energy: Security and Prices', 'Human Trafficking', 'Schools: Funding', 'Military Vehicles and Aircraft'],
    departments: bank.departments.length ? bank.departments : ['Home Department', 'Health', 'Defence', 'Transport', 'Treasury'],
    offices: bank.offices.length
      ? bank.offices
      : ['The Parliamentary Under-Secretary of State for the Home Department', 'The Minister of State, Department of Health'],
    questionOpeners: bank.questionOpeners.length ? bank.questionOpeners : ['To ask the Secretary of State for the Home Department'],
  };
}

/** Order-2 word Markov chain over the sentence bank, words interned to numbers to stay small. */
function buildChain(sentences: string[]) {
  const words: string[] = [];
  const ids = new Map<string, number>();
  const intern = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      ids.set(w, id);
    }
    return id;
  };
  const END = intern('\u0000');
  const next = new Map<number, number[]>();
  const starts: Array<[number, number]> = [];
  const key = (a: number, b: number) => a * 2_097_152 + b;
  for (const s of sentences) {
    const t = s.split(/\s+/).map(intern);
    if (t.length < 3) continue;
    starts.push([t[0], t[1]]);
    t.push(END);
    for (let i = 2; i < t.length; i++) {
      const k = key(t[i - 2], t[i - 1]);
      const list = next.get(k);
      if (list) list.push(t[i]);
      else next.set(k, [t[i]]);
    }
  }
  return {
    generate(rng: Rng): string {
      let [a, b] = rng.pick(starts);
      const out = [words[a], words[b]];
      for (let i = 0; i < 60; i++) {
        const options = next.get(key(a, b));
        if (!options) break;
        const c = rng.pick(options);
        if (c === END) break;
        out.push(words[c]);
        [a, b] = [b, c];
      }
      let text = out.join(' ');
      if (!/[.?!]$/.test(text)) text += '.';
      return text;
    },
  };
}
