/** Each fault test writes what it did (faults injected, inputs tried, records lost…); the runner prints them. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FAULTS_DIR } from './services';

const FIGURES_DIR = path.join(FAULTS_DIR, 'figures');

export function recordFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(path.join(FIGURES_DIR, `${name}.json`), JSON.stringify(figures, null, 2));
  console.log(`[faults] ${name}: ${JSON.stringify(figures)}`);
}

export function readAllFigures(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  let files: string[] = [];
  try {
    files = readdirSync(FIGURES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return out;
  }
  for (const f of files) out[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(FIGURES_DIR, f), 'utf8'));
  return out;
}
