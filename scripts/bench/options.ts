/**
 * Command-line options shared by generate-corpus and bench: `--size 10k|100k|1m`, `--real`,
 * `--seed N`, `--out DIR`, and where the corpus for them lives by default.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSize, type CorpusMode } from './corpus';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SEED = 20251124;

export const SOURCES = {
  seeds: path.join(ROOT, 'seeds'),
  realSamples: path.resolve(ROOT, '../shared/data/real-samples'),
  register: path.resolve(ROOT, '../shared/data/members/register.json'),
};

export interface CorpusArgs {
  size: string;
  contributions: number;
  mode: CorpusMode;
  seed: number;
  dir: string;
  flags: Set<string>;
}

/** Parses argv; returns an error message instead of throwing. */
export function parseCorpusArgs(argv: string[], defaults: { size: string }): CorpusArgs | string {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) return `unexpected argument ${JSON.stringify(a)}`;
    if (m[2] !== undefined) values[m[1]] = m[2];
    else if (['size', 'seed', 'out'].includes(m[1])) {
      if (argv[i + 1] === undefined) return `--${m[1]} needs a value`;
      values[m[1]] = argv[++i];
    } else flags.add(m[1]);
  }
  const size = (values.size ?? defaults.size).toLowerCase();
  const contributions = parseSize(size);
  if (!contributions) return `--size must be a number of contributions such as 10k, 100k or 1m, got ${JSON.stringify(size)}`;
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) return '--seed must be a non-negative integer';
  const mode: CorpusMode = flags.has('real') ? 'real' : 'synthetic';
  const dir = path.resolve(values.out ?? path.join(ROOT, 'bench', 'corpus', `${mode === 'real' ? 'real-' : ''}${size}`));
  return { size, contributions, mode, seed, dir, flags };
}
