/**
 * A corpus of distinct small documents made from the five seeds: each copy gets its own words
 * (a marker token and a substituted subject), shifted years and a title of its own, so every file
 * has its own hash, ids and search hits. Deterministic for a given count.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/test-services';

const SUBJECTS = ['trafficking', 'smuggling', 'exploitation', 'servitude', 'bondage', 'coercion', 'kidnapping', 'grooming'];
const SEEDS_DIR = path.join(ROOT, 'seeds');

export function readSeeds(): Array<{ name: string; text: string }> {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(SEEDS_DIR, name), 'utf8') }));
}

/** Copy `i` of a seed: same layout, different words. */
export function varySeed(text: string, i: number): string {
  const subject = SUBJECTS[i % SUBJECTS.length];
  const marker = `faultdoc${i}`;
  const yearShift = i % 7;
  let n = 0;
  return text
    .replace(/\btrafficking\b/gi, (w) => {
      n++;
      // every third mention carries the copy's own marker, so each document has a unique term
      const word = w[0] === 'T' ? subject[0].toUpperCase() + subject.slice(1) : subject;
      return n % 3 === 1 ? `${word} ${marker}` : word;
    })
    .replace(/\b(20[01]\d)\b/g, (y) => String(Number(y) + yearShift));
}

/** Writes `count` documents into `dir` (emptied first); returns their paths in ingest order. The prefix keeps document keys apart between corpora. */
export function writeSeedCorpus(dir: string, count: number, prefix = 'doc'): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readSeeds();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const file = path.join(dir, `${prefix}-${String(i).padStart(5, '0')}-${seed.name.slice(0, 3)}.txt`);
    writeFileSync(file, varySeed(seed.text, i));
    files.push(file);
  }
  return files;
}
